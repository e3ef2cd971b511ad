#!/usr/bin/env node
// Validates a Teams app manifest, and optionally its localization files, against the JSON schemas bundled in
// node_modules/@microsoft/app-manifest (no network). The manifest's "$schema" URL picks the schema version;
// a localization file uses its own "$schema" version if it has one, otherwise the manifest's.
//
// Usage: node tests/tools/validate-manifest.mjs <manifest.json> [localization.json ...]
// Prints {"valid": bool, "files": [{file, schema, valid, errors}]} as JSON on stdout.
// Exit code: 0 when every file is valid, 1 otherwise (including unreadable files or an unknown schema).

import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

// The Teams schemas are draft-04, which plain Ajv v8 does not speak; ajv-draft-04 is Ajv v8 with the draft-04
// vocabulary. Resolve it the way @microsoft/app-manifest (which depends on it) does, so hoisting does not matter.
const appManifestEntry = require.resolve('@microsoft/app-manifest');
const fromAppManifest = createRequire(appManifestEntry);
const Ajv04 = unwrap(fromAppManifest('ajv-draft-04'));
const addFormats = unwrap(fromAppManifest('ajv-formats'));

const schemaRoot = path.join(path.dirname(appManifestEntry), 'json-schemas', 'teams');

const MANIFEST_SCHEMA = 'MicrosoftTeams.schema.json';
const LOCALIZATION_SCHEMA = 'MicrosoftTeams.Localization.schema.json';

// e.g. https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json (optionally /en-us/).
const schemaUrlPattern = /\/json-schemas\/teams\/(v\d+\.\d+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/i;

function unwrap(mod) {
  return mod && mod.default ? mod.default : mod;
}

function readJson(file) {
  // Teams tooling tolerates a UTF-8 BOM; so do we.
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

/** Maps a schema URL to { version, file } or null. */
function parseSchemaUrl(url) {
  if (typeof url !== 'string') {
    return null;
  }
  const m = schemaUrlPattern.exec(url.trim());
  return m ? { version: m[1], file: m[2] } : null;
}

function bundledSchemaPath(version, fileName) {
  return path.join(schemaRoot, version, fileName);
}

const compiled = new Map();

function validatorFor(schemaPath) {
  let validate = compiled.get(schemaPath);
  if (!validate) {
    // strict: false because the Teams schemas use keywords and formats Ajv's strict mode rejects;
    // unicodeRegExp: false because some of their patterns (e.g. `\b]` in the localization schema) are not
    // valid under the RegExp "u" flag.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(readJson(schemaPath));
    compiled.set(schemaPath, validate);
  }
  return validate;
}

function failure(file, schema, message) {
  return { file, schema, valid: false, errors: [{ instancePath: '', keyword: 'tool', message, params: {} }] };
}

function validateFile(file, schemaPath) {
  const rel = path.relative(process.cwd(), schemaPath);
  if (!existsSync(schemaPath)) {
    return failure(file, rel, `bundled schema not found: ${schemaPath}`);
  }
  let data;
  try {
    data = readJson(file);
  } catch (e) {
    return failure(file, rel, `cannot read JSON: ${e.message}`);
  }
  const validate = validatorFor(schemaPath);
  const valid = validate(data) === true;
  const errors = valid
    ? []
    : validate.errors.map(e => ({ instancePath: e.instancePath, keyword: e.keyword, message: e.message, params: e.params }));
  return { file, schema: rel, valid, errors };
}

function main(argv) {
  if (argv.length < 1) {
    process.stderr.write('usage: validate-manifest.mjs <manifest.json> [localization.json ...]\n');
    return 1;
  }

  const [manifestFile, ...localizationFiles] = argv;
  const results = [];

  let manifestVersion = null;
  let manifest;
  try {
    manifest = readJson(manifestFile);
  } catch (e) {
    results.push(failure(manifestFile, null, `cannot read JSON: ${e.message}`));
  }

  if (manifest !== undefined) {
    const ref = parseSchemaUrl(manifest?.$schema);
    if (!ref || ref.file.toLowerCase() !== MANIFEST_SCHEMA.toLowerCase()) {
      results.push(failure(manifestFile, null, `"$schema" is not a Teams manifest schema URL: ${JSON.stringify(manifest?.$schema)}`));
    } else {
      manifestVersion = ref.version;
      results.push(validateFile(manifestFile, bundledSchemaPath(ref.version, MANIFEST_SCHEMA)));
    }
  }

  for (const file of localizationFiles) {
    let version = manifestVersion;
    try {
      const ref = parseSchemaUrl(readJson(file)?.$schema);
      if (ref) {
        version = ref.version;
      }
    } catch {
      // validateFile reports the unreadable file.
    }
    if (!version) {
      results.push(failure(file, null, 'no schema version: neither the file nor the manifest names one'));
      continue;
    }
    results.push(validateFile(file, bundledSchemaPath(version, LOCALIZATION_SCHEMA)));
  }

  const valid = results.every(r => r.valid);
  process.stdout.write(JSON.stringify({ valid, files: results }, null, 2) + '\n');
  return valid ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
