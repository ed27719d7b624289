import { describeZoo, stopsSomewhere } from './zoo';

// Valid solutions in many styles: each passes exactly the tiers its growth and recursion allow.
describeZoo(
  'zoo: valid solutions',
  (name, verdicts) => !name.startsWith('bug') && !stopsSomewhere(verdicts),
);
