import path from 'node:path';
import { describeZoo, ZOO } from './zoo';

// The first follow-up's zoo (closestFirst, written from its statement): each entry passes exactly
// the tiers its reads, memory and depth allow, through the same engine tiers as the main kata's.
describeZoo('zoo: closestFirst', () => true, path.join(ZOO, 'closestFirst'));
