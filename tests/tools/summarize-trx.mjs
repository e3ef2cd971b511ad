#!/usr/bin/env node
// Sums the outcome counters of VSTest TRX files and prints one line per file, then the closing line
//   N passed, N failed[, N skipped]
// as the very last line. Exit code 1 when anything failed (or no TRX was found), else 0. No dependencies.
//
//   node tests/tools/summarize-trx.mjs [--extra-failed N] <file.trx | folder>...
//
// --extra-failed N adds N failures that have no TRX (a project whose test run produced no results file).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

function usage(message) {
  console.error(`${message}\nusage: node tests/tools/summarize-trx.mjs [--extra-failed N] <file.trx | folder>...`);
  process.exit(2);
}

function collectTrxFiles(paths) {
  const files = [];
  for (const p of paths) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) usage(`not found: ${p}`);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p).sort()) {
        if (entry.endsWith('.trx')) files.push(join(p, entry));
      }
    } else {
      files.push(p);
    }
  }
  return files;
}

// One TRX: <ResultSummary outcome="…"><Counters total= executed= passed= failed= error= timeout= aborted= …/>.
// xunit skips show up only as total - executed (notExecuted stays 0), so skipped is what is neither passed
// nor failed.
function countTrx(xml) {
  const counters = /<Counters\b([^>]*)\/?>/.exec(xml);
  if (!counters) return null;
  const attr = (name) => {
    const m = new RegExp(`\\b${name}="(\\d+)"`).exec(counters[1]);
    return m ? Number(m[1]) : 0;
  };
  const total = attr('total');
  const passed = attr('passed') + attr('passedButRunAborted');
  let failed = attr('failed') + attr('error') + attr('timeout') + attr('aborted');
  const outcome = /<ResultSummary\b[^>]*\boutcome="([^"]+)"/.exec(xml)?.[1] ?? 'Unknown';
  // A run that failed as a whole (crashed test host, aborted run) with no failed test still counts once.
  if (failed === 0 && /^(Failed|Error|Aborted|Timeout)$/i.test(outcome)) failed = 1;
  const skipped = Math.max(0, total - passed - failed);
  return { passed, failed, skipped, outcome };
}

function closingLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
}

function main(argv) {
  let extraFailed = 0;
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--extra-failed') {
      extraFailed = Number(argv[++i]);
      if (!Number.isInteger(extraFailed) || extraFailed < 0) usage('--extra-failed needs a whole number');
    } else {
      paths.push(argv[i]);
    }
  }

  const files = collectTrxFiles(paths);
  const sum = { passed: 0, failed: extraFailed, skipped: 0 };
  for (const file of files) {
    const counts = countTrx(readFileSync(file, 'utf8'));
    if (!counts) {
      console.log(`${basename(file)}: no <Counters> (unreadable TRX), counted as 1 failed`);
      sum.failed += 1;
      continue;
    }
    console.log(`${basename(file, '.trx')}: ${closingLine(counts)}`);
    sum.passed += counts.passed;
    sum.failed += counts.failed;
    sum.skipped += counts.skipped;
  }
  if (files.length === 0 && extraFailed === 0) {
    console.log('no TRX files found, counted as 1 failed');
    sum.failed = 1;
  }
  console.log(closingLine(sum));
  return sum.failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
