import { optimal } from '../grader/tiers/optimal';
import { gradeTier } from './tierSuite';

gradeTier(optimal);
