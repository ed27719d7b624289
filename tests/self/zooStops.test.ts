import { describeZoo, stopsSomewhere } from './zoo';

// Solutions the grader has to stop somewhere (endless loops, runaway memory, calls that cannot be
// interrupted, crashes, files that never load, valid but far too slow ones): each still ends with
// its verdicts and the cause named, and none takes the grader down.
describeZoo('zoo: solutions the grader must stop', (_, verdicts) => stopsSomewhere(verdicts));
