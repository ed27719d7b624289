import path from 'node:path';
import { describeZoo, ZOO } from './zoo';

// The second follow-up's zoo (ClosestIndex, written from its statement): each entry passes exactly
// the tiers its build, queries and memory allow.
describeZoo('zoo: ClosestIndex', () => true, path.join(ZOO, 'ClosestIndex'));
