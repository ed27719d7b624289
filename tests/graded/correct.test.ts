import { correct } from '../grader/tiers/correct';
import { gradeTier } from './tierSuite';

gradeTier(correct);
