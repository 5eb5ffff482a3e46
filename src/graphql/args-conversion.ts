// Converts a field's GraphQL arguments into the @ArgsType / @InputType class instances its resolver method expects,
// exactly as type-graphql does (its resolvers/convert-args.js, not exported), but with each class's field list
// worked out once at startup. Why: type-graphql looks every input class up in its metadata storage with a linear
// search and rebuilds each input's field list on every call, for every argument object of every request.
import { GraphQLScalarType } from "graphql";
import { getMetadataStorage } from "type-graphql";

type Storage = ReturnType<typeof getMetadataStorage>;
type ClassMetadata = Storage["inputTypes"][number];
type Target = Function; // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- a class or an enum/scalar type
/** Converts one value (an argument object, an input object or a list of them). */
export type Convert = (value: unknown) => unknown;

// type-graphql's convertToType: values of these constructors (and scalars) are passed as they are.
const SIMPLE_TYPES: readonly unknown[] = [String, Boolean, Number, Date, Array, Promise];

/** type-graphql's convertToType: an instance of `Target` holding `data`'s properties, or `data` itself. */
function convertToType(Target: unknown, data: unknown): unknown {
  if (data === null || data === undefined) return data;
  if (Target instanceof GraphQLScalarType) return data;
  if (SIMPLE_TYPES.includes((data as object).constructor)) return data;
  const Class = Target as new () => Record<string, unknown>;
  if (data instanceof Class) return data;
  if (Array.isArray(data)) return data.map((item) => convertToType(Target, item));
  const instance = new Class();
  for (const key of Object.keys(instance)) {
    if (instance[key] === undefined && !(key in (data as object))) delete instance[key];
  }
  return Object.assign(instance, data);
}

/** A class's fields followed by those of its superclasses that it does not redeclare, as type-graphql lists them. */
function fieldsWithInherited(metadata: ClassMetadata, lookup: (target: Target) => ClassMetadata | undefined) {
  let fields = metadata.fields ?? [];
  for (let parent = Object.getPrototypeOf(metadata.target) as Target; parent.prototype !== undefined;) {
    const inherited = lookup(parent);
    if (inherited) {
      const names = new Set(fields.map((field) => field.name));
      fields = [...fields, ...(inherited.fields ?? []).filter((field) => !names.has(field.name))];
    }
    parent = Object.getPrototypeOf(parent) as Target;
  }
  return fields;
}

/** Builds converters from type-graphql's metadata; each input class's converter is built once and shared. */
export class ArgsConverters {
  private readonly storage: Storage = getMetadataStorage();
  private readonly inputs = new Map<Target, Convert | null>();

  /** For a list of values of type `target` (type-graphql's convertValuesToInstances). */
  values(target: Target): Convert {
    const input = this.input(target);
    const one: Convert = input ?? ((value) => convertToType(target, value));
    const convert: Convert = (value) => {
      if (value === null || value === undefined) return value;
      return Array.isArray(value) ? value.map(convert) : one(value);
    };
    return convert;
  }

  /** For the arguments object of an @ArgsType class (type-graphql's convertArgsToInstance). */
  args(ArgsClass: Target): Convert {
    const metadata = this.storage.argumentTypes.find((type) => type.target === ArgsClass);
    if (!metadata) throw new Error(`${ArgsClass.name} is not an @ArgsType`);
    // Superclass fields follow the class's own, all of them (type-graphql does not drop redeclared ones here).
    let fields = metadata.fields ?? [];
    for (let parent = Object.getPrototypeOf(ArgsClass) as Target; parent.prototype !== undefined;) {
      const inherited = this.storage.argumentTypes.find((type) => type.target === parent);
      if (inherited) fields = [...fields, ...(inherited.fields ?? [])];
      parent = Object.getPrototypeOf(parent) as Target;
    }
    const converters = fields.map((field) => ({ name: field.name, convert: this.values(field.getType() as Target) }));
    return (args) => {
      const values: Record<string, unknown> = {};
      for (const { name, convert } of converters) {
        const value = (args as Record<string, unknown>)[name];
        if (value !== undefined) values[name] = convert(value);
      }
      return convertToType(ArgsClass, values);
    };
  }

  /** For one value of an @InputType class (type-graphql's convertToInput over its tree); null for other types. */
  private input(target: Target): Convert | null {
    if (this.inputs.has(target)) return this.inputs.get(target)!;
    const metadata = this.storage.inputTypes.find((type) => type.target === target);
    if (!metadata) {
      this.inputs.set(target, null);
      return null;
    }
    let fields: { name: string; target: Target; input: Convert | null }[] = [];
    const convert: Convert = (data) => {
      if (data === null || data === undefined) return data;
      if (Array.isArray(data)) return data.map(convert);
      const values: Record<string, unknown> = {};
      for (const field of fields) {
        const value = (data as Record<string, unknown>)[field.name];
        if (value === undefined) continue;
        values[field.name] =
          value === null || !field.input
            ? convertToType(field.target, value)
            : Array.isArray(value)
              ? value.map(field.input)
              : field.input(value);
      }
      return convertToType(target, values);
    };
    this.inputs.set(target, convert); // before its fields: an input may contain itself
    fields = fieldsWithInherited(metadata, (parent) => this.storage.inputTypes.find((type) => type.target === parent)).map(
      (field) => {
        const fieldTarget = field.getType() as Target;
        return { name: field.name, target: fieldTarget, input: this.input(fieldTarget) };
      },
    );
    return convert;
  }
}
