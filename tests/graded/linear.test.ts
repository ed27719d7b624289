import { linear } from '../grader/tiers/linear';
import { gradeTier } from './tierSuite';

gradeTier(linear);
