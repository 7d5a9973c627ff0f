// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${…} here is HCL template syntax
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { evaluate } from './evaluate.js';
import { variableValues } from './index.js';
import type { Evaluation } from './instance.js';
import { loadModule } from './module.js';
import { parseExpression, parseHcl, prepareHclParser } from './parse.js';
import { buildPlan } from './plan.js';
import { plain, UNK, type Value } from './values.js';

before(() => prepareHclParser());

/** The value of one expression, with `var.*` from `vars`. */
function value(source: string, vars: Record<string, Value> = {}): unknown {
  const expr = parseExpression('test.tf', source);
  const v = evaluate(expr, { lookup: (name) => (name === 'var' ? vars : undefined) });
  return v === UNK ? UNK : plain(v);
}

/** A folder of files, evaluated as a root module: planned values and unknown masks by address. */
function plan(files: Record<string, string>, cli: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'demarc-hcl-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const evaluation: Evaluation = {
    load: (d) => loadModule(d, (a) => a.slice(dir.length + 1)),
    notices: [],
    modulesUsed: new Set(),
  };
  const root = evaluation.load(dir);
  const variables = variableValues(dir, root, { parameters: {}, variables: cli }, (a) => a);
  const built = buildPlan(root, variables, evaluation);
  const after = new Map<string, Record<string, unknown>>();
  const unknown = new Map<string, Record<string, unknown>>();
  for (const change of built.plan.resource_changes ?? []) {
    after.set(change.address, change.change.after as Record<string, unknown>);
    unknown.set(change.address, change.change.after_unknown as Record<string, unknown>);
  }
  return { after, unknown, built, notices: evaluation.notices };
}

describe('HCL expressions', () => {
  test('templates, conditionals and operators', () => {
    assert.equal(value('"app-${var.env}-${1 + 2}"', { env: 'prod' }), 'app-prod-3');
    assert.equal(value('var.on ? "a" : "b"', { on: false }), 'b');
    assert.equal(value('!(1 < 2) || 3 >= 3 && "x" == "x"'), true);
    assert.equal(value('"${var.x}"', { x: UNK }), UNK);
    assert.deepEqual(value('"${var.list}"', { list: ['a'] }), ['a']);
  });

  test('heredocs keep their text and strip indentation with <<-', () => {
    const body = parseHcl(
      't.tf',
      'a = <<EOT\n{\n  "k": "${var.v}"\n}\nEOT\nb = <<-EOT\n    one\n      two\n    EOT\n',
    );
    const scope = { lookup: (n: string) => (n === 'var' ? { v: 'x' } : undefined) };
    assert.equal(evaluate(body.attributes[0]?.expr as never, scope), '{\n  "k": "x"\n}\n');
    assert.equal(evaluate(body.attributes[1]?.expr as never, scope), 'one\n  two\n');
  });

  test('for expressions, splats and indexes', () => {
    assert.deepEqual(value('[for s in var.l : upper(s) if s != "b"]', { l: ['a', 'b', 'c'] }), ['A', 'C']);
    assert.deepEqual(value('{ for k, v in var.m : v => k }', { m: { a: 'x', b: 'y' } }), { x: 'a', y: 'b' });
    assert.deepEqual(value('{ for s in var.l : substr(s, 0, 1) => s... }', { l: ['ab', 'ac'] }), {
      a: ['ab', 'ac'],
    });
    assert.deepEqual(value('var.l[*].id', { l: [{ id: 1 }, { id: 2 }] }), [1, 2]);
    assert.equal(value('var.m["a"].b[1]', { m: { a: { b: [0, 7] } } }), 7);
  });

  test('built-in functions', () => {
    assert.deepEqual(value('merge({a = 1}, {b = 2}, {a = 3})'), { a: 3, b: 2 });
    assert.deepEqual(value('concat(["a"], ["b", "c"])'), ['a', 'b', 'c']);
    assert.equal(value('lookup({a = "x"}, "b", "d")'), 'd');
    assert.equal(value('format("%s-%03d", "n", 7)'), 'n-007');
    assert.equal(value('join(",", split("-", "a-b"))'), 'a,b');
    assert.deepEqual(value('toset(["b", "a", "b"])'), ['a', 'b']);
    assert.deepEqual(value('tolist(["a"])'), ['a']);
    assert.deepEqual(value('tomap({a = "1"})'), { a: '1' });
    assert.equal(value('length(keys({a = 1, b = 2}))'), 2);
    assert.deepEqual(value('values({b = 2, a = 1})'), [1, 2]);
    assert.equal(value('element(["a", "b"], 3)'), 'b');
    assert.equal(value('coalesce("", "x")'), 'x');
    assert.equal(value('jsonencode({ Action = "*" })'), '{"Action":"*"}');
    assert.deepEqual(value('jsondecode("{\\"a\\": [1]}")'), { a: [1] });
    assert.equal(value('try(var.missing.x, "fallback")'), 'fallback');
    assert.equal(value('can(var.m.nope)', { m: {} }), false);
    assert.equal(value('lower(replace("A-B", "-", "_"))'), 'a_b');
    assert.equal(value('contains(["a"], "a")'), true);
    assert.deepEqual(value('flatten([["a"], [["b"]]])'), ['a', 'b']);
    assert.equal(value('cidrsubnet("10.0.0.0/16", 8, 2)'), '10.0.2.0/24');
    assert.equal(value('upper(var.x)', { x: UNK }), UNK);
    assert.equal(value('templatefile("x.tpl", {})'), UNK, 'a function demarc does not run is unknown');
    assert.equal(value('jsonencode({ a = var.x })', { x: UNK }), UNK);
  });

  test('an expression that cannot be evaluated is unknown, never a guess', () => {
    assert.equal(value('var.nope.deeper'), UNK);
    assert.equal(value('1 + "a"'), UNK);
  });
});

describe('HCL modules', () => {
  test('count, for_each and dynamic blocks give addressed instances', () => {
    const { after } = plan({
      'main.tf': `
        variable "ports" { default = [22, 443] }
        resource "aws_s3_bucket" "b" {
          count  = 2
          bucket = "b-\${count.index}"
        }
        resource "aws_s3_bucket" "m" {
          for_each = toset(["x", "y"])
          bucket   = "m-\${each.key}"
        }
        resource "aws_security_group" "g" {
          dynamic "ingress" {
            for_each = var.ports
            iterator = port
            content {
              from_port = port.value
              to_port   = port.value
            }
          }
        }`,
    });
    assert.equal(after.get('aws_s3_bucket.b[1]')?.bucket, 'b-1');
    assert.equal(after.get('aws_s3_bucket.m["y"]')?.bucket, 'm-y');
    assert.deepEqual(after.get('aws_security_group.g')?.ingress, [
      { from_port: 22, to_port: 22 },
      { from_port: 443, to_port: 443 },
    ]);
  });

  test('variables: defaults, then tfvars, then the values given', () => {
    const { after } = plan(
      {
        'main.tf': `
          variable "a" { default = "default" }
          variable "b" { default = "default" }
          variable "c" { default = "default" }
          locals { all = "\${var.a}/\${var.b}/\${var.c}" }
          resource "aws_s3_bucket" "b" { bucket = local.all }`,
        'terraform.tfvars': 'b = "tfvars"\nc = "tfvars"\n',
      },
      { c: 'cli' },
    );
    assert.equal(after.get('aws_s3_bucket.b')?.bucket, 'default/tfvars/cli');
  });

  test('local modules are evaluated with their inputs; remote modules and data sources are unknown', () => {
    const { after, unknown, built, notices } = plan({
      'main.tf': `
        module "kms" {
          source = "./modules/kms"
          alias  = "data"
        }
        module "remote" { source = "terraform-aws-modules/kms/aws" }
        data "aws_caller_identity" "me" {}
        resource "aws_ebs_volume" "v" {
          availability_zone = "eu-west-1a"
          kms_key_id        = module.kms.key_arn
          encrypted         = module.remote.enabled
          tags              = { Owner = data.aws_caller_identity.me.account_id, Alias = module.kms.alias }
        }`,
      'modules/kms/main.tf': `
        variable "alias" {}
        resource "aws_kms_key" "k" { description = "key for \${var.alias}" }
        output "key_arn" { value = aws_kms_key.k.arn }
        output "alias" { value = "alias/\${var.alias}" }`,
    });
    assert.equal(after.get('module.kms.aws_kms_key.k')?.description, 'key for data');
    assert.equal(unknown.get('aws_ebs_volume.v')?.kms_key_id, true);
    assert.equal(unknown.get('aws_ebs_volume.v')?.encrypted, true);
    assert.deepEqual(unknown.get('aws_ebs_volume.v')?.tags, { Owner: true });
    assert.deepEqual(after.get('aws_ebs_volume.v')?.tags, { Alias: 'alias/data' });
    const volume = built.plan.configuration?.root_module?.resources?.find((r) => r.name === 'v');
    assert.deepEqual(volume?.expressions?.kms_key_id, { references: ['module.kms.key_arn', 'module.kms'] });
    assert.ok(notices.some((n) => n.message.includes('module.remote')));
  });

  test('a count known only after apply is said, not guessed', () => {
    const { after, notices } = plan({
      'main.tf': `
        data "aws_availability_zones" "all" {}
        resource "aws_ebs_volume" "v" {
          count             = length(data.aws_availability_zones.all.names)
          availability_zone = "eu-west-1a"
        }`,
    });
    assert.equal(after.size, 0);
    assert.match(notices[0]?.message ?? '', /aws_ebs_volume\.v: its count is known only after apply/);
  });

  test('unset arguments take the provider schema defaults a plan would show', () => {
    const { after } = plan({ 'main.tf': 'resource "aws_kms_key" "k" {\n  description = "k"\n}\n' });
    assert.equal(after.get('aws_kms_key.k')?.customer_master_key_spec, 'SYMMETRIC_DEFAULT');
    assert.equal(after.get('aws_kms_key.k')?.enable_key_rotation, false);
  });

  test('.tf.json files are read as native syntax is', () => {
    const json = JSON.stringify(
      {
        variable: { name: { default: 'from-json' } },
        resource: {
          aws_s3_bucket: { b: { bucket: '${var.name}', tags: { A: 'b' } } },
          aws_s3_bucket_versioning: {
            v: { bucket: '${aws_s3_bucket.b.id}', versioning_configuration: { status: 'Enabled' } },
          },
        },
      },
      null,
      2,
    );
    const { after, built } = plan({ 'main.tf.json': json });
    assert.equal(after.get('aws_s3_bucket.b')?.bucket, 'from-json');
    assert.deepEqual(after.get('aws_s3_bucket_versioning.v')?.versioning_configuration, [
      { status: 'Enabled' },
    ]);
    const line = json.split('\n').findIndex((l) => l.trim() === '"v": {') + 1;
    assert.equal(built.lines.get('aws_s3_bucket_versioning.v'), line);
  });

  test('deep nesting is refused with a line, not a crash', () => {
    const deep = `a = ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    assert.throws(() => parseHcl('deep.tf', deep), /deep\.tf:1: nests more than 200 levels/);
  });
});
