import { describeZoo, stopsSomewhere } from './zoo';

// Bugs learners write: each fails with the cause named.
describeZoo(
  'zoo: buggy solutions',
  (name, verdicts) => name.startsWith('bug') && !stopsSomewhere(verdicts),
);
