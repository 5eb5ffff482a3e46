// Calls the methods of plain `@FieldResolver`s and `@Query`s directly instead of through type-graphql's handler
// wrapper. Why: that wrapper runs per resolved field (per row in a list) and, even with no middlewares, looks up
// the resolver instance, re-sorts the parameter list and maps it on every call; a Statement's `id` in a 50-row list
// pays it 50 times. And for @Args/@Arg it copies the arguments into instances of their classes, nested inputs
// included: more Node time than the resolver itself in a profile of a root list (about 20 us per request). The
// replacement computes the parameter order once at startup and hands over the arguments graphql-js has coerced.
// Only valid because Entente's schema has no global middlewares, no auth checker and no validation
// (src/graphql/schema.ts), and only for argument classes that are plain data (no initializers, methods or getters:
// an instance of one differs from the coerced object in nothing a resolver can see). Fields with their own
// middlewares or roles, other argument classes, or a typed @Root (type-graphql copies the root into that class)
// keep type-graphql's resolver.
import {
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from "graphql";
import { getMetadataStorage } from "type-graphql";

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = MetadataStorage["fieldResolvers"][number];
type QueryMetadata = MetadataStorage["queries"][number];
type ResolverMetadata = FieldResolverMetadata | QueryMetadata;
type ParamMetadata = NonNullable<ResolverMetadata["params"]>[number];
/** A resolver class, as type-graphql records it (`metadata.target`). */
type ResolverClass = ResolverMetadata["target"];
/** A class, as decorators see it. */
type Class = abstract new (...args: never[]) => unknown;
type ParamReader = (
  root: unknown,
  args: Record<string, unknown>,
  context: Record<string, unknown>,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * Replaces the eligible field and query resolvers of `schema`, built from the resolver classes `resolvers`, in
 * place; returns how many it replaced.
 */
export function useDirectFieldResolvers(schema: GraphQLSchema, resolvers: readonly Class[]): number {
  const storage = getMetadataStorage();
  const instances = new Map<ResolverClass, object | null>();
  const plainClasses = new PlainArgumentClasses(storage);
  const fieldsOf = (metadata: ResolverMetadata) => {
    if (!("kind" in metadata)) return schema.getQueryType()?.getFields()[metadata.schemaName];
    if (metadata.kind !== "external") return undefined;
    const objectClass = metadata.getObjectType?.();
    const typeName = storage.objectTypes.find((type) => type.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    return type instanceof GraphQLObjectType ? type.getFields()[metadata.schemaName] : undefined;
  };
  let replaced = 0;
  for (const metadata of [...storage.fieldResolvers, ...storage.queries]) {
    if (!resolvers.includes(metadata.target as Class)) continue;
    const field = fieldsOf(metadata);
    const instance = statelessInstance(metadata.target, instances);
    const readers = paramReaders(metadata, plainClasses);
    if (!field || !instance || !readers || metadata.middlewares?.length || metadata.roles) continue;
    field.resolve = directResolver(instance, metadata.methodName, readers);
    replaced += 1;
  }
  return replaced;
}

/**
 * Which argument classes (@ArgsType, @InputType) are plain data, nested input classes included: constructing one
 * sets no property to a value, and neither it nor its superclasses define methods or accessors. For those,
 * type-graphql's copy into an instance holds exactly the properties of graphql-js's coerced value.
 */
class PlainArgumentClasses {
  private readonly known = new Map<unknown, boolean>();

  constructor(private readonly storage: MetadataStorage) {}

  isPlain(target: unknown): boolean {
    if (typeof target !== "function") return true; // a scalar or enum: passed through by type-graphql too
    const inputType =
      this.storage.inputTypes.find((type) => type.target === target) ??
      this.storage.argumentTypes.find((type) => type.target === target);
    if (!inputType) return !this.storage.objectTypes.some((type) => type.target === target);
    if (!this.known.has(target)) {
      this.known.set(target, true); // a self-referencing input is plain if the rest of it is
      const inputClass = target as Class;
      this.known.set(target, this.ownsNothing(inputClass) && this.fieldsOf(inputClass).every((type) => this.isPlain(type)));
    }
    return this.known.get(target)!;
  }

  private ownsNothing(target: Class): boolean {
    // Declared fields are own properties set to undefined (ES2022 class fields); type-graphql deletes those the
    // arguments do not have. An initializer's value would stay: such a class is not plain.
    const fresh = new (target as unknown as new () => object)();
    if (Object.values(fresh).some((value) => value !== undefined)) return false;
    for (
      let proto = target.prototype as object | null;
      proto && proto !== Object.prototype;
      proto = Object.getPrototypeOf(proto)
    ) {
      const names = Object.getOwnPropertyNames(proto);
      if (names.some((name) => name !== "constructor") || Object.getOwnPropertySymbols(proto).length > 0) return false;
    }
    return true;
  }

  /** The field types of an input or args class and of its superclasses. */
  private fieldsOf(target: Class): unknown[] {
    const types: unknown[] = [];
    for (
      let current: unknown = target;
      typeof current === "function" && current.prototype;
      current = Object.getPrototypeOf(current)
    ) {
      const metadata =
        this.storage.inputTypes.find((type) => type.target === current) ??
        this.storage.argumentTypes.find((type) => type.target === current);
      for (const field of metadata?.fields ?? []) types.push(field.getType());
    }
    return types;
  }
}

/**
 * One instance of a resolver class that keeps no state of its own, so that it is interchangeable with the one
 * type-graphql's container made; null for classes with constructor parameters or instance fields.
 */
function statelessInstance(target: ResolverClass, instances: Map<ResolverClass, object | null>): object | null {
  if (!instances.has(target)) {
    const Class = target as new () => object;
    const instance = Class.length === 0 ? new Class() : null;
    instances.set(target, instance && Object.keys(instance).length === 0 ? instance : null);
  }
  return instances.get(target) ?? null;
}

/** Readers for the method's parameters in call order, or null when one of them needs type-graphql. */
function paramReaders(metadata: ResolverMetadata, plainClasses: PlainArgumentClasses): ParamReader[] | null {
  const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.some((param, position) => param.index !== position)) return null;
  const readers = params.map((param) => paramReader(param, plainClasses));
  return readers.every((reader): reader is ParamReader => reader !== null) ? readers : null;
}

function paramReader(param: ParamMetadata, plainClasses: PlainArgumentClasses): ParamReader | null {
  if (param.kind === "info") return (_root, _args, _context, info) => info;
  if (param.kind === "context") {
    const property = param.propertyName;
    return property ? (_root, _args, context) => context[property] : (_root, _args, context) => context;
  }
  if (param.kind === "args" && plainClasses.isPlain(param.getType())) return (_root, args) => args;
  if (param.kind === "arg" && plainClasses.isPlain(param.getType())) {
    const name = param.name;
    return (_root, args) => args[name];
  }
  // An untyped @Root (an interface such as StatementRow compiles to Object) is passed as is by type-graphql too.
  if (param.kind === "root" && !param.propertyName && (!param.getType || param.getType() === Object)) {
    return (root) => root;
  }
  return null;
}

function directResolver(instance: object, methodName: string, readers: ParamReader[]): GraphQLFieldResolver<unknown, unknown> {
  const method = (instance as Record<string, (...args: unknown[]) => unknown>)[methodName]!;
  type Args = Record<string, unknown>;
  if (readers.length === 1) {
    const [first] = readers as [ParamReader];
    return (root, args, context, info) => method.call(instance, first(root, args as Args, context as Args, info));
  }
  return (root, args, context, info) =>
    method.apply(
      instance,
      readers.map((read) => read(root, args as Args, context as Args, info)),
    );
}

type TypeResolverMetadata = {
  name: string;
  resolveType?: (...args: Parameters<GraphQLTypeResolver<unknown, unknown>>) => unknown;
};

/**
 * Gives interfaces and unions their own `resolveType` back instead of type-graphql's wrapper, which is async (it
 * awaits the user's function to map a returned class to its name). Why: graphql-jit (src/server/compiled-execution.ts)
 * takes only a type name, not a promise of one; graphql-js takes both. A class is mapped to its type name here
 * too, and a promise still resolves to a name. Returns how many it replaced.
 */
export function useDirectTypeResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const nameOfClass = (value: unknown) => storage.objectTypes.find((type) => type.target === value)?.name;
  const toName = (resolved: unknown): string | undefined =>
    typeof resolved === "string" ? resolved : resolved ? nameOfClass(resolved) : undefined;
  let replaced = 0;
  const abstractTypes: TypeResolverMetadata[] = [...storage.interfaceTypes, ...storage.unions];
  for (const metadata of abstractTypes) {
    const type = schema.getType(metadata.name);
    const resolveType = metadata.resolveType;
    if (!resolveType || !(type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType)) continue;
    type.resolveType = (...args) => {
      const resolved = resolveType(...args);
      return resolved instanceof Promise ? resolved.then(toName) : toName(resolved);
    };
    replaced += 1;
  }
  return replaced;
}
