import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hasTag, mergeTags, noTags, tagsFrom, tagsOfObject, tagValue } from './tags.js';

/** Keys a plain object answers from Object.prototype. */
const OBJECT_MEMBERS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('tags', () => {
  it('answers only the tags a resource carries, never an Object member', () => {
    for (const tags of [noTags(), tagsFrom([['Name', 'web']]), { Name: 'web' }]) {
      for (const key of OBJECT_MEMBERS) {
        assert.equal(tagValue(tags, key), undefined, key);
        assert.equal(hasTag(tags, key), false, key);
      }
      assert.equal(tagValue(tags, 'Owner'), undefined);
    }
    assert.equal(tagValue(undefined, 'Name'), undefined);
  });

  it('holds Object member names as ordinary tags', () => {
    const tags = tagsFrom(OBJECT_MEMBERS.map((k) => [k, `v-${k}`] as const));
    for (const key of OBJECT_MEMBERS) assert.equal(tagValue(tags, key), `v-${key}`, key);
    assert.deepEqual(
      Object.keys(tags),
      OBJECT_MEMBERS,
      '__proto__ is a key like the others, not the prototype',
    );
    assert.equal(Object.getPrototypeOf(tags), Object.prototype, 'the prototype is left alone');
    assert.equal(
      JSON.stringify(tags),
      JSON.stringify(Object.fromEntries(OBJECT_MEMBERS.map((k) => [k, `v-${k}`]))),
    );
  });

  it('reads a __proto__ tag from JSON as written, and refuses a value that is not a string', () => {
    const parsed = tagsOfObject(JSON.parse('{"__proto__": "x", "Name": "web"}'));
    assert.deepEqual(parsed && Object.entries(parsed), [
      ['__proto__', 'x'],
      ['Name', 'web'],
    ]);
    assert.equal(tagValue(parsed, '__proto__'), 'x');
    assert.equal(tagsOfObject(JSON.parse('{"__proto__": {"polluted": "yes"}}')), undefined);
    assert.equal(tagsOfObject(JSON.parse('{"Name": 3}')), undefined);
    assert.equal(tagsOfObject([['Name', 'web']]), undefined);
    assert.equal(tagsOfObject('Name=web'), undefined);
  });

  it('merges later maps over earlier ones, __proto__ included', () => {
    const merged = mergeTags(tagsFrom([['__proto__', 'a']]), undefined, tagsFrom([['__proto__', 'b']]));
    assert.deepEqual(Object.entries(merged), [['__proto__', 'b']]);
  });
});

/** Every .ts file under a folder, tests and test helpers left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/(\.test|testing)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('tag reads in src/', () => {
  it('go through tagValue: no code indexes a tags object directly', () => {
    const src = fileURLToPath(new URL('../../../src/', import.meta.url));
    // `resource.tags[key]`, `resource.tags.Name`, `attrs.stringMap('tags')?.Name`: each answers Object members.
    const direct = [/\.tags(\?\.)?\[/, /\.tags\??\.[A-Za-z_$]/, /stringMap\([^)]*\)\??\.[A-Za-z_$[]/];
    const found: string[] = [];
    for (const file of sourceFiles(src)) {
      if (file.endsWith(join('inventory', 'tags.ts'))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (direct.some((re) => re.test(line)))
            found.push(`${file.slice(src.length)}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(found, []);
  });
});
