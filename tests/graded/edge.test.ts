import { edge } from '../grader/tiers/edge';
import { gradeTier } from './tierSuite';

gradeTier(edge);
