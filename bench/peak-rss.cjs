// Preloaded (`node --require bench/peak-rss.cjs …`) into a command the bench runs: at exit, writes
// the process's peak resident set size in kilobytes to $BENCH_PEAK_RSS_FILE. getrusage's ru_maxrss
// is the whole process's high-water mark, and worker threads live in the process: copydesk lint's
// workers are counted with the main thread (the same figure as /usr/bin/time -v's "Maximum
// resident set size", without depending on that program being installed).
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
