import { deep } from '../grader/tiers/deep';
import { gradeTier } from './tierSuite';

gradeTier(deep);
