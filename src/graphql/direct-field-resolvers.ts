// Calls the methods of plain `@FieldResolver`s (parameters only @Root, @Ctx, @Info) directly instead of through
// type-graphql's handler wrapper. Why: that wrapper runs per resolved field (per row in a list) and, even with no
// middlewares, looks up the resolver instance, re-sorts the parameter list and maps it on every call; a Statement's
// `id` in a 50-row list pays it 50 times. The replacement computes the parameter order once at startup.
// Only valid because Entente's schema has no global middlewares and no auth checker (src/graphql/schema.ts):
// fields with their own middlewares or roles, @Arg/@Args (type-graphql converts and validates them), or a typed
// @Root (type-graphql copies the root into that class) keep type-graphql's resolver.
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

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>["fieldResolvers"][number];
type ParamMetadata = NonNullable<FieldResolverMetadata["params"]>[number];
/** A resolver class, as type-graphql records it (`metadata.target`). */
type ResolverClass = FieldResolverMetadata["target"];
type ParamReader = (root: unknown, context: Record<string, unknown>, info: GraphQLResolveInfo) => unknown;

/** Replaces the eligible field resolvers of `schema` in place; returns how many it replaced. */
export function useDirectFieldResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const instances = new Map<ResolverClass, object | null>();
  let replaced = 0;
  for (const metadata of storage.fieldResolvers) {
    const objectClass = metadata.getObjectType?.();
    const typeName = storage.objectTypes.find((type) => type.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!(type instanceof GraphQLObjectType)) continue;
    const field = type.getFields()[metadata.schemaName];
    const instance = statelessInstance(metadata.target, instances);
    const readers = paramReaders(metadata);
    if (!field || !instance || !readers || metadata.kind !== "external" || metadata.middlewares?.length || metadata.roles) {
      continue;
    }
    field.resolve = directResolver(instance, metadata.methodName, readers);
    replaced += 1;
  }
  return replaced;
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
function paramReaders(metadata: FieldResolverMetadata): ParamReader[] | null {
  const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.some((param, position) => param.index !== position)) return null;
  const readers = params.map(paramReader);
  return readers.every((reader): reader is ParamReader => reader !== null) ? readers : null;
}

function paramReader(param: ParamMetadata): ParamReader | null {
  if (param.kind === "info") return (_root, _context, info) => info;
  if (param.kind === "context") {
    const property = param.propertyName;
    return property ? (_root, context) => context[property] : (_root, context) => context;
  }
  // An untyped @Root (an interface such as StatementRow compiles to Object) is passed as is by type-graphql too.
  if (param.kind === "root" && !param.propertyName && (!param.getType || param.getType() === Object)) {
    return (root) => root;
  }
  return null;
}

function directResolver(instance: object, methodName: string, readers: ParamReader[]): GraphQLFieldResolver<unknown, unknown> {
  const method = (instance as Record<string, (...args: unknown[]) => unknown>)[methodName]!;
  if (readers.length === 1) {
    const [first] = readers as [ParamReader];
    return (root, _args, context, info) => method.call(instance, first(root, context as Record<string, unknown>, info));
  }
  return (root, _args, context, info) =>
    method.apply(
      instance,
      readers.map((read) => read(root, context as Record<string, unknown>, info)),
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
