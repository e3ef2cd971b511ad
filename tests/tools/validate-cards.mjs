#!/usr/bin/env node
// Validates Adaptive Card JSON files with the adaptivecards npm object model, targeting schema 1.5 (what Teams renders).
//
// Usage: node tests/tools/validate-cards.mjs <card.json | directory>...
// Prints one JSON object {"<file>": ["issue", ...], ...} to stdout (every file is listed, [] = valid).
// Exit code: 0 = no issues, 1 = at least one issue, 2 = usage error.
//
// Besides the library's own parse events and validateProperties(), this script checks what the library lets
// through but Teams does not: version > 1.5, Action.Execute without verb, non-object Action.Submit/Execute data,
// properties the object model does not know (typos are silently dropped by every renderer), fallbacks that are
// neither an object nor "drop", images without url, more than 60 refresh userIds, and msteams.width other than "Full".
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// lib/ is extensionless ESM that node cannot resolve; the UMD bundle in dist/ loads fine and needs no DOM for parsing.
const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js");

const MAX_VERSION = { major: 1, minor: 5 };
const MAX_REFRESH_USER_IDS = 60;

// Keys parsed by hand in the library (not schema properties), per JSON type name.
const EXTRA_KEYS = {
  // A card inside Action.ShowCard is parsed without "$schema"/"version"; the schema allows them there and renderers ignore them.
  AdaptiveCard: ["body", "actions", "msteams", "$schema", "version"],
  Container: ["items"],
  Column: ["items"],
  TableCell: ["items"],
  ColumnSet: ["columns"],
  RichTextBlock: ["inlines"],
  ActionSet: ["actions"],
  "Action.ShowCard": ["card"],
  TableRow: ["cells"],
  // The schema explorer spells it firstRowAsHeader while the renderers read firstRowAsHeaders
  // (microsoft/AdaptiveCards#8599, MicrosoftDocs/msteams-docs#9241); both spellings are accepted.
  Table: ["rows", "firstRowAsHeader"],
};
const CARD_OBJECT_EXTRA_KEYS = ["fallback"];

// Every SerializableObject the library parses passes through internalParse; remember which JSON made which object.
let records = null;
const baseInternalParse = AC.SerializableObject.prototype.internalParse;
AC.SerializableObject.prototype.internalParse = function (source, context) {
  if (records && source && typeof source === "object") {
    records.push({ obj: this, source });
  }
  return baseInternalParse.call(this, source, context);
};

// Unknown-type events carry no source object; remember which JSON node was being parsed when they were logged.
const parsingStack = [];
const eventNode = new WeakMap();
const baseParseCardObject = AC.SerializationContext.prototype.parseCardObject;
AC.SerializationContext.prototype.parseCardObject = function (parent, source, ...rest) {
  parsingStack.push(source);
  try {
    return baseParseCardObject.call(this, parent, source, ...rest);
  } finally {
    parsingStack.pop();
  }
};
const baseLogEvent = AC.BaseSerializationContext.prototype.logEvent;
AC.BaseSerializationContext.prototype.logEvent = function (source, ...rest) {
  baseLogEvent.call(this, source, ...rest);
  if (!source && parsingStack.length > 0 && this.eventCount > 0) {
    eventNode.set(this.getEventAt(this.eventCount - 1), parsingStack[parsingStack.length - 1]);
  }
};

function typeNameOf(obj) {
  return typeof obj.getJsonTypeName === "function" ? obj.getJsonTypeName() : obj.getSchemaKey();
}

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// JSON pointer of every object node, so issues say where they are.
function indexPointers(node, pointer, pointers) {
  if (node !== null && typeof node === "object") {
    pointers.set(node, pointer === "" ? "/" : pointer);
    const entries = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      indexPointers(value, `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`, pointers);
    }
  }
}

function parseVersion(value) {
  const match = typeof value === "string" ? /^(\d+)\.(\d+)$/.exec(value.trim()) : null;
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

function knownKeys(obj) {
  const keys = new Set();
  const schema = obj.getSchema();
  for (let i = 0; i < schema.getCount(); i++) {
    keys.add(schema.getItemAt(i).name);
  }
  if (obj instanceof AC.CardObject) {
    CARD_OBJECT_EXTRA_KEYS.forEach((k) => keys.add(k));
  }
  (EXTRA_KEYS[typeNameOf(obj)] ?? []).forEach((k) => keys.add(k));
  return keys;
}

export function validateCardJson(json) {
  const issues = [];
  const pointers = new Map();
  indexPointers(json, "", pointers);
  const sourceOf = new Map();
  const where = (obj, source) => {
    const src = source ?? (obj ? sourceOf.get(obj) : undefined);
    const pointer = (src && pointers.get(src)) ?? "?";
    return obj ? `${pointer} (${typeNameOf(obj)})` : pointer;
  };
  const report = (obj, message, source) => issues.push(`${where(obj, source)}: ${message}`);

  if (!isPlainObject(json)) {
    return ["/: the card must be a JSON object"];
  }

  const version = parseVersion(json.version);
  if (json.version === undefined) {
    issues.push("/: version is missing");
  } else if (!version) {
    issues.push(`/: version ${JSON.stringify(json.version)} is not of the form "major.minor"`);
  } else if (version.major > MAX_VERSION.major || (version.major === MAX_VERSION.major && version.minor > MAX_VERSION.minor)) {
    issues.push(`/: version ${json.version} is newer than ${MAX_VERSION.major}.${MAX_VERSION.minor}, the newest Teams renders`);
  }

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const fallbackObjects = [];
  records = [];
  try {
    card.parse(json, context);

    // The library parses a fallback only when its owner is unknown, so a broken fallback would go unnoticed.
    const parsedSources = new Set();
    for (let i = 0; i < records.length; i++) {
      const { obj, source } = records[i];
      parsedSources.add(source);
      if (!(obj instanceof AC.CardObject) || !("fallback" in source)) {
        continue;
      }
      const fallback = source.fallback;
      if (typeof fallback === "string") {
        if (fallback.toLowerCase() !== "drop") {
          report(obj, `fallback must be an object or "drop", not ${JSON.stringify(fallback)}`, source);
        }
      } else if (isPlainObject(fallback)) {
        if (!parsedSources.has(fallback) && !records.some((r) => r.source === fallback)) {
          const parsed = obj instanceof AC.Action
            ? context.parseAction(obj.parent, fallback, [], false)
            : context.parseElement(obj.parent, fallback, [], false);
          if (parsed) {
            fallbackObjects.push(parsed);
          }
        }
      } else {
        report(obj, `fallback must be an object or "drop", not ${JSON.stringify(fallback)}`, source);
      }
    }
  } catch (error) {
    issues.push(`/: the adaptivecards library threw while parsing: ${error?.message ?? error}`);
  } finally {
    for (const { obj, source } of records) {
      if (!sourceOf.has(obj)) {
        sourceOf.set(obj, source);
      }
    }
  }
  const parsed = records;
  records = null;

  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    report(event.source, event.message, event.source ? undefined : eventNode.get(event));
  }

  try {
    const results = card.validateProperties();
    for (const fallback of fallbackObjects) {
      fallback.internalValidateProperties(results);
    }
    for (const event of results.validationEvents) {
      report(event.source, event.message);
    }
  } catch (error) {
    issues.push(`/: the adaptivecards library threw while validating: ${error?.message ?? error}`);
  }

  for (const { obj, source } of parsed) {
    const known = knownKeys(obj);
    for (const key of Object.keys(source)) {
      if (!known.has(key)) {
        report(obj, `unknown property "${key}"`, source);
      }
    }

    if (obj instanceof AC.ExecuteAction && (typeof source.verb !== "string" || source.verb.trim() === "")) {
      report(obj, "Action.Execute must have a non-empty verb (Teams sends no invoke without one)", source);
    }

    if (obj instanceof AC.Image && (typeof source.url !== "string" || source.url.trim() === "")) {
      report(obj, "Image must have a url", source);
    }

    if (obj instanceof AC.SubmitActionBase && "data" in source && !isPlainObject(source.data)) {
      report(obj, "data must be a JSON object (Teams drops any other data)", source);
    }

    if (obj instanceof AC.RefreshDefinition && Array.isArray(source.userIds) && source.userIds.length > MAX_REFRESH_USER_IDS) {
      report(obj, `refresh.userIds has ${source.userIds.length} entries; Teams refreshes for at most ${MAX_REFRESH_USER_IDS}`, source);
    }
  }

  if ("msteams" in json) {
    if (!isPlainObject(json.msteams)) {
      issues.push("/msteams: must be an object");
    } else if ("width" in json.msteams && json.msteams.width !== "Full") {
      issues.push(`/msteams/width: must be "Full", not ${JSON.stringify(json.msteams.width)}`);
    }
  }

  return [...new Set(issues)];
}

function collectFiles(arg) {
  const stat = fs.statSync(arg, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    return fs.readdirSync(arg, { withFileTypes: true })
      .flatMap((entry) => {
        const full = path.join(arg, entry.name);
        return entry.isDirectory() ? collectFiles(full) : entry.name.endsWith(".json") ? [full] : [];
      })
      .sort();
  }
  return [arg];
}

function validateFile(file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return [`cannot read file: ${error.message}`];
  }
  let json;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return [`invalid JSON: ${error.message}`];
  }
  return validateCardJson(json);
}

function main(args) {
  if (args.length === 0) {
    process.stderr.write("usage: node tests/tools/validate-cards.mjs <card.json | directory>...\n");
    return 2;
  }
  const result = {};
  for (const file of args.flatMap(collectFiles)) {
    result[file] = validateFile(file);
  }
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  return Object.values(result).some((issues) => issues.length > 0) ? 1 : 0;
}

// Run only when executed directly, so other scripts can import validateCardJson.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
