/**
 * Writes the server router's client-facing type as a standalone declaration file.
 *
 * The SDK's source imports `type AppRouter` from `@musaeid/server`. Published declarations must not
 * reference the server (its context carries database and ORM types), so the build replaces that
 * import with the file this function writes: every procedure's kind, input and output, and the
 * error shape, printed structurally (object literals, unions, literals, arrays, `Date`) from the
 * router's real type. Nothing is copied by hand, and nothing of the server's internals survives:
 * types that are not plain data (functions, classes other than `Date`, ORM entities) fail the build
 * with the procedure path named.
 *
 * @example
 * ```ts
 * await emitRouterTypes({ projectDir: 'packages/sdk', outFile: 'packages/sdk/.generated/server.d.ts' });
 * ```
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface EmitRouterTypesOptions {
  /** Directory whose tsconfig.json resolves the server module (the SDK package). */
  projectDir: string;
  /** Where to write the declaration file. */
  outFile: string;
  /** Module that exports the router type. Default `@musaeid/server`. */
  moduleSpecifier?: string;
  /** Name of the exported router type. Default `AppRouter`. */
  exportName?: string;
}

export interface EmitRouterTypesResult {
  outFile: string;
  /** Procedure paths with their kind, e.g. `chat.create (mutation)`. */
  procedures: string[];
}

/** Globals kept by name: they are part of every TypeScript lib and superjson carries them. */
const LIB_NAMES = new Set(['Date', 'Map', 'Set', 'RegExp', 'URL', 'Uint8Array', 'ReadonlyMap', 'ReadonlySet']);

export function emitRouterTypes(opts: EmitRouterTypesOptions): EmitRouterTypesResult {
  const moduleSpecifier = opts.moduleSpecifier ?? '@musaeid/server';
  const exportName = opts.exportName ?? 'AppRouter';
  const configPath = path.join(opts.projectDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, opts.projectDir);

  const probeFile = path.join(opts.projectDir, '__router_probe__.ts');
  const probeSource = `import type { ${exportName} as __R } from '${moduleSpecifier}';\nexport type __Router = __R;\n`;
  const host = ts.createCompilerHost(parsed.options, true);
  const baseGetSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    path.resolve(fileName) === path.resolve(probeFile)
      ? ts.createSourceFile(fileName, probeSource, languageVersion, true)
      : baseGetSourceFile(fileName, languageVersion, onError, shouldCreate);
  const baseFileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => path.resolve(fileName) === path.resolve(probeFile) || baseFileExists(fileName);

  const program = ts.createProgram({ rootNames: [probeFile], options: { ...parsed.options, noEmit: true }, host });
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(probeFile));
  if (diagnostics.length > 0) {
    throw new Error(
      `cannot resolve ${exportName} from '${moduleSpecifier}':\n${ts.formatDiagnostics(diagnostics, host)}`,
    );
  }
  const checker = program.getTypeChecker();
  const probe = program.getSourceFile(probeFile);
  const alias = probe?.statements.find(ts.isTypeAliasDeclaration);
  if (!alias) throw new Error('probe alias not found');
  const routerType = checker.getTypeAtLocation(alias.name);

  const printer = new StructuralPrinter(checker);
  const prop = (type: ts.Type, name: string, where: string): ts.Type => {
    const symbol = checker.getPropertyOfType(type, name);
    if (!symbol) throw new Error(`${where}: no property '${name}'`);
    return checker.getTypeOfSymbol(symbol);
  };

  const procedures: string[] = [];
  const printRecord = (record: ts.Type, prefix: string, indent: string): string => {
    const lines: string[] = [];
    for (const symbol of checker.getPropertiesOfType(record)) {
      const name = symbol.getName();
      const where = prefix ? `${prefix}.${name}` : name;
      const value = checker.getTypeOfSymbol(symbol);
      const def = checker.getPropertyOfType(value, '_def');
      if (!def) {
        lines.push(`${indent}${quoteKey(name)}: {\n${printRecord(value, where, `${indent}  `)}\n${indent}};`);
        continue;
      }
      const defType = checker.getTypeOfSymbol(def);
      const kind = prop(defType, 'type', where);
      if (!kind.isStringLiteral()) throw new Error(`${where}: procedure type is not a literal`);
      const $types = prop(defType, '$types', where);
      const input = printer.print(prop($types, 'input', where), `${where} input`, `${indent}  `);
      const outputType = prop($types, 'output', where);
      let output: string;
      if (kind.value === 'subscription') {
        output = printer.printAsyncIterable(outputType, `${where} output`, `${indent}  `);
      } else {
        output = printer.print(outputType, `${where} output`, `${indent}  `);
      }
      const wrapper = {
        query: 'TRPCQueryProcedure',
        mutation: 'TRPCMutationProcedure',
        subscription: 'TRPCSubscriptionProcedure',
      }[kind.value as 'query' | 'mutation' | 'subscription'];
      if (!wrapper) throw new Error(`${where}: unknown procedure type ${kind.value}`);
      procedures.push(`${where} (${kind.value})`);
      lines.push(
        `${indent}${quoteKey(name)}: ${wrapper}<{\n${indent}  input: ${input};\n${indent}  output: ${output};\n${indent}  meta: object;\n${indent}}>;`,
      );
    }
    return lines.join('\n');
  };

  const def = prop(routerType, '_def', exportName);
  const record = prop(def, 'record', exportName);
  const rootTypes = prop(prop(def, '_config', exportName), '$types', exportName);
  const errorShape = printer.print(prop(rootTypes, 'errorShape', exportName), 'errorShape', '  ');
  const transformer = checker.typeToString(prop(rootTypes, 'transformer', exportName));
  if (transformer !== 'true') throw new Error(`${exportName}: expected a transformer (superjson), got ${transformer}`);
  const body = printRecord(record, '', '  ');

  const trpcImports = ['TRPCBuiltRouter', 'TRPCQueryProcedure', 'TRPCMutationProcedure', 'TRPCSubscriptionProcedure'];
  if (printer.usesTrackedEnvelope) trpcImports.push('TrackedEnvelope');
  const text = [
    `// Generated by packages/sdk/scripts/emitRouterTypes.ts from ${moduleSpecifier}'s ${exportName}. Do not edit.`,
    `import type { ${trpcImports.join(', ')} } from '@trpc/server';`,
    '',
    `/** The client-facing shape of the Musaeid router: procedures, inputs, outputs and the error shape. */`,
    `export type ${exportName} = TRPCBuiltRouter<{`,
    '  ctx: object;',
    '  meta: object;',
    `  errorShape: ${errorShape};`,
    '  transformer: true;',
    '}, {',
    body,
    '}>;',
    '',
  ].join('\n');
  fs.mkdirSync(path.dirname(opts.outFile), { recursive: true });
  fs.writeFileSync(opts.outFile, text);
  return { outFile: opts.outFile, procedures };
}

function quoteKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** Prints a type as plain structure, refusing anything that is not data. */
class StructuralPrinter {
  usesTrackedEnvelope = false;
  private readonly stack: ts.Type[] = [];

  constructor(private readonly checker: ts.TypeChecker) {}

  /**
   * A subscription's output, `AsyncGenerator<Y, R, N>` or `AsyncIterable<Y, R, N>` with its type
   * arguments printed structurally (`TrackedEnvelope<Y>` kept by name from @trpc/server).
   */
  printAsyncIterable(type: ts.Type, where: string, indent = ''): string {
    const name = type.getSymbol()?.getName();
    const args = this.checker.getTypeArguments(type as ts.TypeReference);
    if (!name || args.length === 0 || !/^Async(Iterable|Generator|IterableIterator)$/.test(name)) {
      throw new Error(`${where}: a subscription must return an async iterable, got ${this.checker.typeToString(type)}`);
    }
    const printed = args.map((arg, i) => {
      const tracked =
        i === 0 && arg.aliasSymbol?.getName() === 'TrackedEnvelope' ? arg.aliasTypeArguments?.[0] : undefined;
      if (tracked) {
        this.usesTrackedEnvelope = true;
        return `TrackedEnvelope<${this.print(tracked, where, indent)}>`;
      }
      return this.print(arg, where, indent);
    });
    return `${name}<${printed.join(', ')}>`;
  }

  /** Prints `type`; object literals go over several lines, indented from `indent`. */
  print(type: ts.Type, where: string, indent = ''): string {
    const f = ts.TypeFlags;
    const flags = type.flags;
    if (flags & f.Any) return 'any';
    if (flags & f.Unknown) return 'unknown';
    if (flags & f.Never) return 'never';
    if (flags & f.Void) return 'void';
    if (flags & f.Undefined) return 'undefined';
    if (flags & f.Null) return 'null';
    if (flags & f.String) return 'string';
    if (flags & f.Number) return 'number';
    if (flags & f.BigInt) return 'bigint';
    if (flags & f.Boolean) return 'boolean';
    if (flags & f.BooleanLiteral) return this.checker.typeToString(type);
    if (type.isStringLiteral()) return JSON.stringify(type.value);
    if (type.isNumberLiteral()) return String(type.value);
    if (flags & f.TemplateLiteral) return this.checker.typeToString(type);
    if (flags & f.NonPrimitive) return 'object';
    if (type.isUnion()) return this.printUnion(type, where, indent);
    if (type.isIntersection()) return type.types.map((t) => this.wrap(t, where, indent)).join(' & ');
    if (flags & f.Object) return this.printObject(type as ts.ObjectType, where, indent);
    throw new Error(`${where}: unsupported type ${this.checker.typeToString(type)}`);
  }

  private printUnion(type: ts.UnionType, where: string, indent: string): string {
    // `boolean` appears in unions as `true | false`; print it back as `boolean`.
    const members = type.types;
    const hasTrue = members.some(
      (t) => t.flags & ts.TypeFlags.BooleanLiteral && this.checker.typeToString(t) === 'true',
    );
    const hasFalse = members.some(
      (t) => t.flags & ts.TypeFlags.BooleanLiteral && this.checker.typeToString(t) === 'false',
    );
    const parts: string[] = [];
    let booleanDone = false;
    for (const member of members) {
      if (hasTrue && hasFalse && member.flags & ts.TypeFlags.BooleanLiteral) {
        if (!booleanDone) parts.push('boolean');
        booleanDone = true;
        continue;
      }
      parts.push(this.wrap(member, where, indent));
    }
    return parts.join(' | ');
  }

  /** Parenthesises unions and intersections inside other compound types. */
  private wrap(type: ts.Type, where: string, indent: string): string {
    const text = this.print(type, where, indent);
    return type.isUnion() || type.isIntersection() ? `(${text})` : text;
  }

  private printObject(type: ts.ObjectType, where: string, indent: string): string {
    const checker = this.checker;
    if (checker.isTupleType(type)) {
      const target = (type as ts.TupleTypeReference).target;
      const elements = checker.getTypeArguments(type as ts.TypeReference).map((t, i) => {
        const flag = target.elementFlags[i] ?? ts.ElementFlags.Required;
        if (flag & ts.ElementFlags.Rest) return `...Array<${this.print(t, where, indent)}>`;
        return `${this.wrap(t, where, indent)}${flag & ts.ElementFlags.Optional ? '?' : ''}`;
      });
      return `${target.readonly ? 'readonly ' : ''}[${elements.join(', ')}]`;
    }
    if (checker.isArrayType(type)) {
      const element = checker.getTypeArguments(type as ts.TypeReference)[0];
      const name = type.getSymbol()?.getName() === 'ReadonlyArray' ? 'ReadonlyArray' : 'Array';
      return `${name}<${element ? this.print(element, where, indent) : 'unknown'}>`;
    }
    const symbol = type.getSymbol();
    if (symbol && LIB_NAMES.has(symbol.getName()) && this.isFromDefaultLib(symbol)) {
      const args = (type as ts.TypeReference).target ? checker.getTypeArguments(type as ts.TypeReference) : [];
      return args.length > 0
        ? `${symbol.getName()}<${args.map((a) => this.print(a, where, indent)).join(', ')}>`
        : symbol.getName();
    }
    if (
      checker.getSignaturesOfType(type, ts.SignatureKind.Call).length > 0 ||
      checker.getSignaturesOfType(type, ts.SignatureKind.Construct).length > 0
    ) {
      throw new Error(
        `${where}: functions and classes are not data (${checker.typeToString(type)}); declare the output with zod`,
      );
    }
    if (this.stack.includes(type)) {
      throw new Error(
        `${where}: recursive type ${checker.typeToString(type)} is not supported; declare it without recursion`,
      );
    }
    this.stack.push(type);
    try {
      const inner = `${indent}  `;
      const members: string[] = [];
      for (const info of checker.getIndexInfosOfType(type)) {
        members.push(
          `${info.isReadonly ? 'readonly ' : ''}[key: ${this.print(info.keyType, where, inner)}]: ${this.print(info.type, where, inner)};`,
        );
      }
      for (const member of checker.getPropertiesOfType(type)) {
        const name = member.getName();
        if (name.startsWith('__@')) throw new Error(`${where}: symbol-keyed property in ${checker.typeToString(type)}`);
        const optional = (member.flags & ts.SymbolFlags.Optional) !== 0;
        const readonly = isReadonly(member);
        const memberType = checker.getTypeOfSymbol(member);
        members.push(
          `${readonly ? 'readonly ' : ''}${quoteKey(name)}${optional ? '?' : ''}: ${this.print(memberType, `${where}.${name}`, inner)};`,
        );
      }
      return members.length === 0 ? '{}' : `{\n${members.map((m) => `${inner}${m}`).join('\n')}\n${indent}}`;
    } finally {
      this.stack.pop();
    }
  }

  private isFromDefaultLib(symbol: ts.Symbol): boolean {
    const declarations = symbol.getDeclarations() ?? [];
    return declarations.some((d) =>
      /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(d.getSourceFile().fileName),
    );
  }
}

function isReadonly(symbol: ts.Symbol): boolean {
  const declarations = symbol.getDeclarations() ?? [];
  return declarations.some((d) => (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) !== 0);
}
