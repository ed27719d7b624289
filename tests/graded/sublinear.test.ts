import { sublinear } from '../grader/tiers/sublinear';
import { gradeTier } from './tierSuite';

gradeTier(sublinear);
