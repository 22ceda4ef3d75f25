'use strict';
// Diff two OpenAPI files with Optic's breaking-changes ruleset; print one JSON document:
// {"changes": <number of changes>, "breaking": [{rule, message, method, path, where, json_path,
// extensible}]}. `extensible` is true when the finding's schema carries `x-extensible-enum: true`
// in the new spec (tools/spec_diff/check.py applies the project's policy to it).
// Usage: node optic_breaking.cjs OLD.yaml NEW.yaml
const path = require('path');
const io = require('@useoptic/openapi-io');
const { compareSpecs } = require('@useoptic/openapi-utilities');
const { RuleRunner } = require('@useoptic/rulesets-base');
const { BreakingChangesRuleset } = require('@useoptic/standard-rulesets');

async function load(file) {
  const parsed = await io.parseOpenAPIWithSourcemap(path.resolve(file));
  const version = io.checkOpenAPIVersion(parsed.jsonLike);
  io.validateOpenApiV3Document(parsed.jsonLike, parsed.sourcemap, { strictOpenAPI: false });
  const denormalized = io.denormalize({ ...parsed, version }, version, []);
  return { ...denormalized, version, isEmptySpec: false, from: 'file', context: null };
}

function unescape(token) {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function at(document, pointer) {
  let node = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = unescape(raw);
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

async function main([oldFile, newFile]) {
  if (!oldFile || !newFile) throw new Error('usage: node optic_breaking.cjs OLD.yaml NEW.yaml');
  const [before, after] = await Promise.all([load(oldFile), load(newFile)]);
  // The constructor, unlike Optic's config loader, never skips the rules on a major bump:
  // a major release must still list what it breaks.
  const runner = new RuleRunner([new BreakingChangesRuleset()]);
  const { results, diffs } = await compareSpecs(before, after, runner, {});
  const breaking = results
    .filter((r) => !r.passed && !r.exempted)
    .map((r) => {
      const [, paths, route, method] = r.location.jsonPath.split('/');
      const doc = r.location.spec === 'before' ? before.jsonLike : after.jsonLike;
      const node = at(doc, r.location.jsonPath);
      return {
        rule: r.name,
        message: r.error,
        method: paths === 'paths' && method ? method.toUpperCase() : '',
        path: paths === 'paths' ? unescape(route) : '',
        where: r.where,
        json_path: r.location.jsonPath,
        extensible: Boolean(node && node['x-extensible-enum'] === true),
      };
    });
  process.stdout.write(JSON.stringify({ changes: diffs.length, breaking }, null, 1) + '\n');
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(2);
});
