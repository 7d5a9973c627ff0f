/**
 * Terraform configuration as demarc evaluates it: bodies of attributes and blocks, and
 * expressions. Both `.tf` (native syntax) and `.tf.json` files are read into this one shape.
 */

export type Expr =
  | { k: 'lit'; v: string | number | boolean | null }
  /** A string template: literal text and interpolated expressions. */
  | { k: 'tmpl'; parts: (string | Expr)[] }
  | { k: 'var'; name: string }
  | { k: 'attr'; obj: Expr; name: string }
  | { k: 'index'; obj: Expr; key: Expr }
  /** `obj[*].rest` or `obj.*.rest`: `rest` is applied to each element, with `{ k: 'var', name: '' }` standing for it. */
  | { k: 'splat'; obj: Expr; rest: Expr }
  | { k: 'tuple'; items: Expr[] }
  | { k: 'object'; items: { key: Expr; value: Expr }[] }
  | { k: 'call'; name: string; args: Expr[]; expand: boolean }
  | { k: 'cond'; test: Expr; yes: Expr; no: Expr }
  | { k: 'binary'; op: string; left: Expr; right: Expr }
  | { k: 'unary'; op: string; operand: Expr }
  | {
      k: 'for';
      keyVar: string | undefined;
      valueVar: string;
      collection: Expr;
      /** Present for an object `for` (`{ for k, v in x : key => value }`). */
      key: Expr | undefined;
      value: Expr;
      cond: Expr | undefined;
      group: boolean;
    }
  /** Syntax demarc does not evaluate (template directives): always unknown. */
  | { k: 'unsupported'; what: string };

export interface Attribute {
  name: string;
  expr: Expr;
  line: number;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  line: number;
  /** The comment lines just above the block, without their markers. */
  comments: string[];
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

export function attributeOf(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((a) => a.name === name);
}
