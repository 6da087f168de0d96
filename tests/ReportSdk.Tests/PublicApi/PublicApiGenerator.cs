using System.Globalization;
using System.Text;
using Mono.Cecil;

namespace ReportSdk.Tests.PublicApi;

/// <summary>
/// Writes the public surface of an assembly as deterministic, sorted, C#-like text: every type and
/// member a user of the package can see (public, and protected on unsealed public types), with type
/// kinds, base types and interfaces, generic constraints, nullable annotations, parameter names and
/// default values, enum values and the attributes that change how an API may be used.
/// </summary>
/// <remarks>
/// Reads metadata only (Mono.Cecil), so it never runs code of the assembly. Bodies are not shown;
/// each member is one line ending in <c>;</c> (properties show their visible accessors).
/// Type names are short for the assembly's own types and for <c>System</c>,
/// <c>System.Collections.Generic</c>, <c>System.IO</c>, <c>System.Text</c> and <c>System.Threading(.Tasks)</c>;
/// every other namespace is written out, so a third-party type leaking into the API stands out.
/// </remarks>
internal static class PublicApiGenerator
{
    private static readonly HashSet<string> ShortNamespaces = new(StringComparer.Ordinal)
    {
        "System", "System.Collections.Generic", "System.IO", "System.Text", "System.Threading", "System.Threading.Tasks",
    };

    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["System.Void"] = "void", ["System.Boolean"] = "bool", ["System.Byte"] = "byte", ["System.SByte"] = "sbyte",
        ["System.Int16"] = "short", ["System.UInt16"] = "ushort", ["System.Int32"] = "int", ["System.UInt32"] = "uint",
        ["System.Int64"] = "long", ["System.UInt64"] = "ulong", ["System.Single"] = "float", ["System.Double"] = "double",
        ["System.Decimal"] = "decimal", ["System.Char"] = "char", ["System.String"] = "string", ["System.Object"] = "object",
        ["System.IntPtr"] = "nint", ["System.UIntPtr"] = "nuint",
    };

    /// <summary>Attributes shown on types, members and parameters; all others are left out.</summary>
    private static readonly HashSet<string> ShownAttributes = new(StringComparer.Ordinal)
    {
        "System.ObsoleteAttribute",
        "System.FlagsAttribute",
        "System.AttributeUsageAttribute",
        "System.ComponentModel.EditorBrowsableAttribute",
        "System.Diagnostics.CodeAnalysis.ExperimentalAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresDynamicCodeAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
        "System.Text.Json.Serialization.JsonConverterAttribute",
        "System.Text.Json.Serialization.JsonDerivedTypeAttribute",
        "System.Text.Json.Serialization.JsonIgnoreAttribute",
        "System.Text.Json.Serialization.JsonPolymorphicAttribute",
        "System.Text.Json.Serialization.JsonPropertyNameAttribute",
        "System.Text.Json.Serialization.JsonPropertyOrderAttribute",
        "System.Text.Json.Serialization.JsonRequiredAttribute",
        "System.Text.Json.Serialization.JsonSerializableAttribute",
        "System.Text.Json.Serialization.JsonSourceGenerationOptionsAttribute",
        "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute",
    };

    /// <summary>Returns the public API text of the assembly at <paramref name="assemblyPath"/>.</summary>
    public static string Generate(string assemblyPath)
    {
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!);
        resolver.AddSearchDirectory(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory());
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath, new ReaderParameters { AssemblyResolver = resolver, ReadSymbols = false });
        var writer = new Writer(assembly.MainModule);
        return writer.Write(assembly);
    }

    private sealed class Writer(ModuleDefinition module)
    {
        private readonly StringBuilder _out = new();

        public string Write(AssemblyDefinition assembly)
        {
            _out.Append("// Public API of ").Append(assembly.Name.Name).Append(".dll: every type and member visible to a package user.\n");
            _out.Append("// Written by tests/ReportSdk.Tests/PublicApi/PublicApiGenerator.cs; PublicApiTests compares it with this file.\n");

            var friends = assembly.CustomAttributes
                .Where(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.InternalsVisibleToAttribute")
                .Select(a => "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(" + Literal(a.ConstructorArguments[0].Value) + ")]")
                .Order(StringComparer.Ordinal)
                .ToList();
            if (friends.Count > 0)
            {
                _out.Append('\n');
                foreach (var friend in friends)
                {
                    _out.Append(friend).Append('\n');
                }
            }

            var types = module.Types.Where(t => t.IsPublic && !IsCompilerGenerated(t)).ToList();
            foreach (var group in types.GroupBy(t => t.Namespace).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                _out.Append('\n');
                _out.Append("namespace ").Append(group.Key.Length == 0 ? "<global>" : group.Key).Append('\n');
                _out.Append("{\n");
                bool first = true;
                foreach (var type in group.OrderBy(t => t.Name, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        _out.Append('\n');
                    }

                    first = false;
                    WriteType(type, 1);
                }

                _out.Append("}\n");
            }

            return _out.ToString();
        }

        // ---- types ---------------------------------------------------------------------------

        private void WriteType(TypeDefinition type, int depth)
        {
            string indent = new(' ', depth * 4);
            foreach (var attribute in Attributes(type.CustomAttributes))
            {
                _out.Append(indent).Append(attribute).Append('\n');
            }

            if (IsDelegate(type))
            {
                var invoke = type.Methods.Single(m => m.Name == "Invoke");
                _out.Append(indent).Append(Accessibility(type)).Append(" delegate ")
                    .Append(ReturnType(invoke)).Append(' ').Append(TypeDeclarationName(type))
                    .Append('(').Append(Parameters(invoke)).Append(')').Append(Constraints(type.GenericParameters, type)).Append(";\n");
                return;
            }

            _out.Append(indent).Append(TypeHeader(type)).Append('\n');
            _out.Append(indent).Append("{\n");
            string inner = indent + "    ";
            foreach (var line in MemberLines(type))
            {
                _out.Append(inner).Append(line).Append('\n');
            }

            var nested = type.NestedTypes.Where(IsVisible).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            foreach (var nestedType in nested)
            {
                WriteType(nestedType, depth + 1);
            }

            _out.Append(indent).Append("}\n");
        }

        private string TypeHeader(TypeDefinition type)
        {
            var builder = new StringBuilder(Accessibility(type));
            string kind;
            if (type.IsEnum)
            {
                kind = "enum";
            }
            else if (type.IsInterface)
            {
                kind = "interface";
            }
            else if (type.IsValueType)
            {
                kind = (HasAttribute(type, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "readonly " : string.Empty)
                    + (HasAttribute(type, "System.Runtime.CompilerServices.IsByRefLikeAttribute") ? "ref " : string.Empty)
                    + (IsRecordStruct(type) ? "record struct" : "struct");
            }
            else
            {
                string modifier = type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty;
                kind = modifier + (type.Methods.Any(m => m.Name == "<Clone>$") ? "record" : "class");
            }

            builder.Append(' ').Append(kind).Append(' ').Append(TypeDeclarationName(type));

            var bases = new List<string>();
            if (type.IsEnum)
            {
                var underlying = type.Fields.Single(f => !f.IsStatic).FieldType;
                if (underlying.FullName != "System.Int32")
                {
                    bases.Add(TypeName(underlying, null, null));
                }
            }
            else
            {
                if (type.BaseType is { } baseType && baseType.FullName is not ("System.Object" or "System.ValueType"))
                {
                    bases.Add(TypeName(baseType, NullableOf(type.CustomAttributes, type), null));
                }

                bases.AddRange(type.Interfaces
                    .Where(i => IsVisibleReference(i.InterfaceType))
                    .Select(i => TypeName(i.InterfaceType, NullableOf(i.CustomAttributes, type), null))
                    .Order(StringComparer.Ordinal));
            }

            if (bases.Count > 0)
            {
                builder.Append(" : ").Append(string.Join(", ", bases));
            }

            // A nested type repeats its container's generic parameters; their constraints belong to the container.
            builder.Append(Constraints(type.GenericParameters.Skip(type.DeclaringType?.GenericParameters.Count ?? 0), type));
            return builder.ToString();
        }

        private IEnumerable<string> MemberLines(TypeDefinition type)
        {
            if (type.IsEnum)
            {
                foreach (var field in type.Fields.Where(f => f.IsStatic && f.IsPublic)
                    .OrderBy(f => Convert.ToDecimal(f.Constant, CultureInfo.InvariantCulture))
                    .ThenBy(f => f.Name, StringComparer.Ordinal))
                {
                    foreach (var attribute in Attributes(field.CustomAttributes))
                    {
                        yield return attribute;
                    }

                    yield return field.Name + " = " + Convert.ToString(field.Constant, CultureInfo.InvariantCulture) + ",";
                }

                yield break;
            }

            var groups = new List<List<(string Key, List<string> Lines)>>
            {
                type.Fields.Where(f => IsVisible(f.Attributes) && !IsCompilerGenerated(f)).Select(f => (f.Name, Field(f, type))).ToList(),
                type.Methods.Where(m => m.IsConstructor && !m.IsStatic && IsVisible(m)).Select(m => (m.Name, Method(m, type))).ToList(),
                type.Properties.Where(p => IsVisible(p.GetMethod) || IsVisible(p.SetMethod)).Select(p => (p.Name, Property(p, type))).ToList(),
                type.Events.Where(e => IsVisible(e.AddMethod) || IsVisible(e.RemoveMethod)).Select(e => (e.Name, Event(e, type))).ToList(),
                type.Methods.Where(m => !m.IsConstructor && IsVisible(m) && m.SemanticsAttributes == MethodSemanticsAttributes.None && !m.Name.StartsWith("op_", StringComparison.Ordinal) && !m.Name.Contains('<'))
                    .Select(m => (m.Name, Method(m, type))).ToList(),
                type.Methods.Where(m => !m.IsConstructor && IsVisible(m) && m.SemanticsAttributes == MethodSemanticsAttributes.None && m.Name.StartsWith("op_", StringComparison.Ordinal))
                    .Select(m => (m.Name, Method(m, type))).ToList(),
            };

            foreach (var group in groups)
            {
                foreach (var member in group.OrderBy(m => m.Key, StringComparer.Ordinal).ThenBy(m => string.Join("\n", m.Lines), StringComparer.Ordinal))
                {
                    foreach (var line in member.Lines)
                    {
                        yield return line;
                    }
                }
            }
        }

        // ---- members -------------------------------------------------------------------------

        private List<string> Field(FieldDefinition field, TypeDefinition owner)
        {
            var lines = Attributes(field.CustomAttributes).ToList();
            var builder = new StringBuilder(Accessibility(field.Attributes));
            if (field.IsLiteral)
            {
                builder.Append(" const");
            }
            else
            {
                if (field.IsStatic)
                {
                    builder.Append(" static");
                }

                if (field.IsInitOnly)
                {
                    builder.Append(" readonly");
                }
            }

            builder.Append(' ').Append(TypeName(field.FieldType, NullableOf(field.CustomAttributes, owner), field.CustomAttributes))
                .Append(' ').Append(field.Name);
            if (field.IsLiteral)
            {
                builder.Append(" = ").Append(Constant(field.Constant, field.FieldType));
            }

            lines.Add(builder.Append(';').ToString());
            return lines;
        }

        private List<string> Property(PropertyDefinition property, TypeDefinition owner)
        {
            var lines = Attributes(property.CustomAttributes).ToList();
            var getter = IsVisible(property.GetMethod) ? property.GetMethod : null;
            var setter = IsVisible(property.SetMethod) ? property.SetMethod : null;
            var main = MostVisible(getter, setter);
            var builder = new StringBuilder(Accessibility(main.Attributes));
            if (HasAttribute(property, "System.Runtime.CompilerServices.RequiredMemberAttribute"))
            {
                builder.Append(" required");
            }

            builder.Append(Modifiers(main, owner));
            var context = NullableContext(main, owner);
            string typeText = property.PropertyType is ByReferenceType
                ? (HasAttribute(main.MethodReturnType.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "ref readonly " : "ref ")
                    + TypeName(property.PropertyType, NullableOf(property.CustomAttributes, context), property.CustomAttributes)
                : TypeName(property.PropertyType, NullableOf(property.CustomAttributes, context), property.CustomAttributes);
            builder.Append(' ').Append(typeText).Append(' ');
            if (property.HasParameters)
            {
                builder.Append("this[").Append(Parameters(main, property.Parameters, context)).Append(']');
            }
            else
            {
                builder.Append(property.Name);
            }

            builder.Append(" { ");
            if (getter is not null)
            {
                builder.Append(AccessorPrefix(getter, main)).Append("get; ");
            }

            if (setter is not null)
            {
                bool init = setter.MethodReturnType.ReturnType is RequiredModifierType { ModifierType.FullName: "System.Runtime.CompilerServices.IsExternalInit" };
                builder.Append(AccessorPrefix(setter, main)).Append(init ? "init; " : "set; ");
            }

            lines.Add(builder.Append('}').ToString());
            return lines;
        }

        private List<string> Event(EventDefinition @event, TypeDefinition owner)
        {
            var lines = Attributes(@event.CustomAttributes).ToList();
            var main = MostVisible(IsVisible(@event.AddMethod) ? @event.AddMethod : null, IsVisible(@event.RemoveMethod) ? @event.RemoveMethod : null);
            lines.Add(Accessibility(main.Attributes) + Modifiers(main, owner) + " event "
                + TypeName(@event.EventType, NullableOf(@event.CustomAttributes, NullableContext(main, owner)), @event.CustomAttributes) + " " + @event.Name + ";");
            return lines;
        }

        private List<string> Method(MethodDefinition method, TypeDefinition owner)
        {
            var lines = Attributes(method.CustomAttributes).ToList();
            var builder = new StringBuilder(Accessibility(method.Attributes));
            builder.Append(Modifiers(method, owner)).Append(' ');
            string parameters = Parameters(method);
            if (method.IsConstructor)
            {
                builder.Append(StripArity(owner.Name)).Append('(').Append(parameters).Append(')');
            }
            else if (method.Name is "op_Implicit" or "op_Explicit")
            {
                builder.Append(method.Name == "op_Implicit" ? "implicit" : "explicit").Append(" operator ").Append(ReturnType(method))
                    .Append('(').Append(parameters).Append(')');
            }
            else if (method.Name.StartsWith("op_", StringComparison.Ordinal))
            {
                builder.Append(ReturnType(method)).Append(" operator ").Append(OperatorSymbol(method.Name)).Append('(').Append(parameters).Append(')');
            }
            else
            {
                builder.Append(ReturnType(method)).Append(' ').Append(method.Name);
                if (method.HasGenericParameters)
                {
                    builder.Append('<').Append(string.Join(", ", method.GenericParameters.Select(GenericParameterName))).Append('>');
                }

                builder.Append('(').Append(parameters).Append(')');
            }

            builder.Append(Constraints(method.GenericParameters, method));
            lines.Add(builder.Append(';').ToString());
            return lines;
        }

        private string Modifiers(MethodDefinition method, TypeDefinition owner)
        {
            if (owner.IsInterface)
            {
                return method.IsStatic ? (method.IsAbstract ? " static abstract" : " static") : string.Empty;
            }

            if (method.IsStatic)
            {
                return " static";
            }

            if (method.IsAbstract)
            {
                return method.IsNewSlot ? " abstract" : " abstract override";
            }

            if (method.IsVirtual)
            {
                if (!method.IsNewSlot)
                {
                    return method.IsFinal ? " sealed override" : " override";
                }

                // A non-virtual C# method that implements an interface is emitted as virtual final newslot.
                return method.IsFinal ? string.Empty : " virtual";
            }

            return string.Empty;
        }

        private string ReturnType(MethodDefinition method)
        {
            var returnType = method.MethodReturnType;
            var nullable = NullableOf(returnType.CustomAttributes, NullableContext(method, method.DeclaringType));
            string prefix = returnType.ReturnType is ByReferenceType
                ? (HasAttribute(returnType.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "ref readonly " : "ref ")
                : string.Empty;
            return prefix + TypeName(returnType.ReturnType, nullable, returnType.CustomAttributes);
        }

        private string Parameters(MethodDefinition method) => Parameters(method, method.Parameters, NullableContext(method, method.DeclaringType));

        private string Parameters(MethodDefinition method, IEnumerable<ParameterDefinition> parameters, byte context)
        {
            var parts = new List<string>();
            bool extension = HasAttribute(method, "System.Runtime.CompilerServices.ExtensionAttribute");
            foreach (var parameter in parameters)
            {
                var builder = new StringBuilder();
                foreach (var attribute in Attributes(parameter.CustomAttributes))
                {
                    builder.Append(attribute).Append(' ');
                }

                if (extension && parameter.Index == 0)
                {
                    builder.Append("this ");
                }

                if (HasAttribute(parameter.CustomAttributes, "System.Runtime.CompilerServices.ScopedRefAttribute"))
                {
                    builder.Append("scoped ");
                }

                if (HasAttribute(parameter.CustomAttributes, "System.ParamArrayAttribute") || HasAttribute(parameter.CustomAttributes, "System.Runtime.CompilerServices.ParamCollectionAttribute"))
                {
                    builder.Append("params ");
                }

                if (parameter.ParameterType is ByReferenceType)
                {
                    builder.Append(parameter.IsOut ? "out " :
                        HasAttribute(parameter.CustomAttributes, "System.Runtime.CompilerServices.RequiresLocationAttribute") ? "ref readonly " :
                        parameter.IsIn ? "in " : "ref ");
                }

                builder.Append(TypeName(parameter.ParameterType, NullableOf(parameter.CustomAttributes, context), parameter.CustomAttributes))
                    .Append(' ').Append(parameter.Name);
                if (parameter.HasConstant)
                {
                    builder.Append(" = ").Append(Constant(parameter.Constant, parameter.ParameterType));
                }
                else if (parameter.IsOptional)
                {
                    builder.Append(" = default");
                }

                parts.Add(builder.ToString());
            }

            return string.Join(", ", parts);
        }

        private string Constraints(IEnumerable<GenericParameter> parameters, IGenericParameterProvider owner)
        {
            byte context = owner switch
            {
                MethodDefinition method => NullableContext(method, method.DeclaringType),
                TypeDefinition type => NullableContext(type),
                _ => 0,
            };
            var builder = new StringBuilder();
            foreach (var parameter in parameters)
            {
                var constraints = new List<string>();
                byte own = NullableOf(parameter.CustomAttributes, context) is { } bytes && bytes.Length > 0 ? bytes[0] : context;
                if (parameter.HasNotNullableValueTypeConstraint)
                {
                    constraints.Add(HasAttribute(parameter.CustomAttributes, "System.Runtime.CompilerServices.IsUnmanagedAttribute") ? "unmanaged" : "struct");
                }
                else if (parameter.HasReferenceTypeConstraint)
                {
                    constraints.Add(own == 2 ? "class?" : "class");
                }
                else if (own == 1 && !parameter.HasConstraints)
                {
                    constraints.Add("notnull");
                }

                foreach (var constraint in parameter.Constraints)
                {
                    if (constraint.ConstraintType.FullName == "System.ValueType" && parameter.HasNotNullableValueTypeConstraint)
                    {
                        continue;
                    }

                    constraints.Add(TypeName(constraint.ConstraintType, NullableOf(constraint.CustomAttributes, context), constraint.CustomAttributes));
                }

                if (parameter.HasDefaultConstructorConstraint && !parameter.HasNotNullableValueTypeConstraint)
                {
                    constraints.Add("new()");
                }

                if (((int)parameter.Attributes & 0x20) != 0)
                {
                    constraints.Add("allows ref struct");
                }

                if (constraints.Count > 0)
                {
                    builder.Append(" where ").Append(parameter.Name).Append(" : ").Append(string.Join(", ", constraints));
                }
            }

            return builder.ToString();
        }

        // ---- type names ----------------------------------------------------------------------

        private string TypeDeclarationName(TypeDefinition type)
        {
            string name = StripArity(type.Name);
            int inherited = type.DeclaringType?.GenericParameters.Count ?? 0;
            var own = type.GenericParameters.Skip(inherited).ToList();
            return own.Count == 0 ? name : name + "<" + string.Join(", ", own.Select(GenericParameterName)) + ">";
        }

        private static string GenericParameterName(GenericParameter parameter)
        {
            string variance = parameter.IsCovariant ? "out " : parameter.IsContravariant ? "in " : string.Empty;
            return variance + parameter.Name;
        }

        /// <summary>Formats a type reference with C# nullable annotations (<paramref name="nullable"/>) and tuple element names.</summary>
        private string TypeName(TypeReference type, byte[]? nullable, IEnumerable<CustomAttribute>? attributes)
        {
            var names = attributes?.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.TupleElementNamesAttribute")
                ?.ConstructorArguments[0].Value as CustomAttributeArgument[];
            var cursor = new Cursor(nullable, names?.Select(n => n.Value as string).ToArray());
            return Format(type, cursor);
        }

        private string Format(TypeReference type, Cursor cursor)
        {
            switch (type)
            {
                case ByReferenceType byReference:
                    return Format(byReference.ElementType, cursor);
                case RequiredModifierType required:
                    return Format(required.ElementType, cursor);
                case OptionalModifierType optional:
                    return Format(optional.ElementType, cursor);
                case PointerType pointer:
                    return Format(pointer.ElementType, cursor) + "*";
                case ArrayType array:
                {
                    bool annotated = cursor.Next() == 2;
                    string element = Format(array.ElementType, cursor);
                    string rank = array.Rank == 1 ? "[]" : "[" + new string(',', array.Rank - 1) + "]";
                    return element + rank + (annotated ? "?" : string.Empty);
                }

                case GenericParameter parameter:
                    return parameter.Name + (cursor.Next() == 2 ? "?" : string.Empty);
                case GenericInstanceType generic:
                {
                    string elementName = generic.ElementType.FullName;
                    if (elementName == "System.Nullable`1")
                    {
                        return Format(generic.GenericArguments[0], cursor) + "?";
                    }

                    if (elementName.StartsWith("System.ValueTuple`", StringComparison.Ordinal) && generic.GenericArguments.Count <= 7)
                    {
                        var tupleNames = cursor.TakeNames(generic.GenericArguments.Count);
                        var elements = generic.GenericArguments.Select((argument, i) =>
                            Format(argument, cursor) + (tupleNames[i] is { } name ? " " + name : string.Empty)).ToList();
                        return "(" + string.Join(", ", elements) + ")";
                    }

                    bool annotated = !generic.IsValueType && cursor.Next() == 2;
                    var arguments = generic.GenericArguments.Select(argument => Format(argument, cursor)).ToList();
                    return GenericName(generic.ElementType, arguments) + (annotated ? "?" : string.Empty);
                }

                default:
                {
                    // Value types (and void) carry no nullable byte of their own.
                    bool annotated = !type.IsValueType && type.FullName != "System.Void" && cursor.Next() == 2;
                    return GenericName(type, []) + (annotated ? "?" : string.Empty);
                }
            }
        }

        /// <summary>The name of a (possibly nested) type with its generic arguments spread over the nesting levels.</summary>
        private string GenericName(TypeReference type, List<string> arguments)
        {
            if (Keywords.TryGetValue(type.FullName, out var keyword))
            {
                return keyword;
            }

            var chain = new List<TypeReference>();
            for (var current = type; current is not null; current = current.DeclaringType)
            {
                chain.Insert(0, current);
            }

            var parts = new List<string>();
            int used = 0;
            foreach (var level in chain)
            {
                int arity = Arity(level.Name);
                string name = StripArity(level.Name);
                if (arity > 0)
                {
                    var own = arguments.Count >= used + arity
                        ? arguments.Skip(used).Take(arity)
                        : level.GenericParameters.Select(p => p.Name);
                    name += "<" + string.Join(", ", own) + ">";
                    used += arity;
                }

                parts.Add(name);
            }

            string ns = chain[0].Namespace;
            bool isOwn = IsOwnType(chain[0]);
            string prefix = isOwn || ShortNamespaces.Contains(ns) || ns.Length == 0 ? string.Empty : ns + ".";
            return prefix + string.Join(".", parts);
        }

        private bool IsOwnType(TypeReference type) =>
            type.Scope is ModuleDefinition definition ? definition == module : type.Scope?.Name == module.Name;

        // ---- nullable metadata ---------------------------------------------------------------

        private static byte[]? NullableOf(IEnumerable<CustomAttribute> attributes, TypeDefinition contextType) =>
            NullableOf(attributes, NullableContext(contextType));

        private static byte[]? NullableOf(IEnumerable<CustomAttribute> attributes, byte context)
        {
            var attribute = attributes.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.NullableAttribute");
            if (attribute is null)
            {
                return context == 0 ? null : [context];
            }

            return attribute.ConstructorArguments[0].Value switch
            {
                byte single => [single],
                CustomAttributeArgument[] many => many.Select(a => (byte)a.Value).ToArray(),
                _ => null,
            };
        }

        private static byte NullableContext(MethodDefinition? method, TypeDefinition owner)
        {
            if (method is not null && ContextValue(method.CustomAttributes) is { } value)
            {
                return value;
            }

            return NullableContext(owner);
        }

        private static byte NullableContext(TypeDefinition type)
        {
            for (var current = type; current is not null; current = current.DeclaringType)
            {
                if (ContextValue(current.CustomAttributes) is { } value)
                {
                    return value;
                }
            }

            return 0;
        }

        private static byte? ContextValue(IEnumerable<CustomAttribute> attributes) =>
            attributes.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.NullableContextAttribute")
                ?.ConstructorArguments[0].Value as byte?;

        /// <summary>Reads nullable bytes (one byte means "all the same") and tuple names in depth-first order.</summary>
        private sealed class Cursor(byte[]? nullable, string?[]? names)
        {
            private int _nullableIndex;
            private int _nameIndex;

            public byte Next()
            {
                if (nullable is null || nullable.Length == 0)
                {
                    return 0;
                }

                if (nullable.Length == 1)
                {
                    return nullable[0];
                }

                return _nullableIndex < nullable.Length ? nullable[_nullableIndex++] : (byte)0;
            }

            public string?[] TakeNames(int count)
            {
                var result = new string?[count];
                for (int i = 0; i < count; i++)
                {
                    result[i] = names is not null && _nameIndex < names.Length ? names[_nameIndex] : null;
                    _nameIndex++;
                }

                return result;
            }
        }

        // ---- attributes and values -----------------------------------------------------------

        private IEnumerable<string> Attributes(IEnumerable<CustomAttribute> attributes) =>
            attributes.Where(a => ShownAttributes.Contains(a.AttributeType.FullName))
                .Select(AttributeText)
                .Order(StringComparer.Ordinal);

        private string AttributeText(CustomAttribute attribute)
        {
            string name = attribute.AttributeType.FullName;
            name = name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
            var arguments = attribute.ConstructorArguments.Select(a => Argument(a)).ToList();
            arguments.AddRange(attribute.Properties.Concat(attribute.Fields)
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => p.Name + " = " + Argument(p.Argument)));
            return "[" + name + (arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")" : string.Empty) + "]";
        }

        private string Argument(CustomAttributeArgument argument) => argument.Value switch
        {
            TypeReference type => "typeof(" + TypeName(type, null, null) + ")",
            CustomAttributeArgument[] array => "new[] { " + string.Join(", ", array.Select(Argument)) + " }",
            CustomAttributeArgument boxed => Argument(boxed),
            var value => Constant(value, argument.Type),
        };

        private string Constant(object? value, TypeReference type)
        {
            var valueType = type is ByReferenceType byReference ? byReference.ElementType : type;
            if (value is null)
            {
                return valueType.IsValueType && !(valueType is GenericInstanceType g && g.ElementType.FullName == "System.Nullable`1") ? "default" : "null";
            }

            if (valueType is GenericInstanceType nullable && nullable.ElementType.FullName == "System.Nullable`1")
            {
                valueType = nullable.GenericArguments[0];
            }

            var definition = SafeResolve(valueType);
            if (definition is { IsEnum: true })
            {
                string enumName = TypeName(valueType, null, null);
                var member = definition.Fields.FirstOrDefault(f => f.IsStatic && f.HasConstant && Equals(f.Constant, value));
                return member is not null ? enumName + "." + member.Name : "(" + enumName + ")" + Literal(value);
            }

            return Literal(value);
        }

        private static TypeDefinition? SafeResolve(TypeReference type)
        {
            try
            {
                return type.Resolve();
            }
            catch (AssemblyResolutionException)
            {
                return null;
            }
        }

        // ---- helpers -------------------------------------------------------------------------

        private static bool IsVisible(TypeDefinition type) =>
            (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamilyOrAssembly) && !IsCompilerGenerated(type);

        private static bool IsVisible(MethodDefinition? method) => method is not null && IsVisible(method.Attributes);

        private static bool IsVisible(MethodAttributes attributes)
        {
            var access = attributes & MethodAttributes.MemberAccessMask;
            return access is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;
        }

        private static bool IsVisible(FieldAttributes attributes)
        {
            var access = attributes & FieldAttributes.FieldAccessMask;
            return access is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem;
        }

        /// <summary>True when the type is public (with public containers) or a framework/third-party type.</summary>
        private bool IsVisibleReference(TypeReference type)
        {
            var element = type is GenericInstanceType generic ? generic.ElementType : type;
            if (!IsOwnType(element))
            {
                return true;
            }

            var definition = SafeResolve(element);
            for (var current = definition; current is not null; current = current.DeclaringType)
            {
                if (!(current.IsPublic || current.IsNestedPublic || current.IsNestedFamily || current.IsNestedFamilyOrAssembly))
                {
                    return false;
                }
            }

            return definition is not null;
        }

        private static string Accessibility(TypeDefinition type) =>
            type.IsPublic || type.IsNestedPublic ? "public" : type.IsNestedFamilyOrAssembly ? "protected internal" : "protected";

        private static string Accessibility(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
        {
            MethodAttributes.Public => "public",
            MethodAttributes.FamORAssem => "protected internal",
            MethodAttributes.Family => "protected",
            _ => "internal",
        };

        private static string Accessibility(FieldAttributes attributes) => (attributes & FieldAttributes.FieldAccessMask) switch
        {
            FieldAttributes.Public => "public",
            FieldAttributes.FamORAssem => "protected internal",
            FieldAttributes.Family => "protected",
            _ => "internal",
        };

        private static MethodDefinition MostVisible(MethodDefinition? first, MethodDefinition? second)
        {
            if (first is null)
            {
                return second!;
            }

            if (second is null)
            {
                return first;
            }

            return Rank(first.Attributes) >= Rank(second.Attributes) ? first : second;

            static int Rank(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
            {
                MethodAttributes.Public => 3,
                MethodAttributes.FamORAssem => 2,
                MethodAttributes.Family => 1,
                _ => 0,
            };
        }

        private static string AccessorPrefix(MethodDefinition accessor, MethodDefinition main) =>
            (accessor.Attributes & MethodAttributes.MemberAccessMask) == (main.Attributes & MethodAttributes.MemberAccessMask)
                ? string.Empty
                : Accessibility(accessor.Attributes) + " ";

        private static bool IsDelegate(TypeDefinition type) => type.BaseType?.FullName == "System.MulticastDelegate";

        private static bool IsRecordStruct(TypeDefinition type) =>
            type.Methods.Any(m => m.Name == "PrintMembers" && HasAttribute(m, "System.Runtime.CompilerServices.CompilerGeneratedAttribute"));

        private static bool IsCompilerGenerated(ICustomAttributeProvider provider) =>
            HasAttribute(provider, "System.Runtime.CompilerServices.CompilerGeneratedAttribute")
            || (provider is IMemberDefinition member && member.Name.Contains('<'));

        private static bool HasAttribute(ICustomAttributeProvider? provider, string fullName) =>
            provider is not null && provider.HasCustomAttributes && HasAttribute(provider.CustomAttributes, fullName);

        private static bool HasAttribute(IEnumerable<CustomAttribute> attributes, string fullName) =>
            attributes.Any(a => a.AttributeType.FullName == fullName);

        private static int Arity(string name)
        {
            int tick = name.IndexOf('`', StringComparison.Ordinal);
            return tick < 0 ? 0 : int.Parse(name[(tick + 1)..], CultureInfo.InvariantCulture);
        }

        private static string StripArity(string name)
        {
            int tick = name.IndexOf('`', StringComparison.Ordinal);
            return tick < 0 ? name : name[..tick];
        }

        private static string OperatorSymbol(string name) => name switch
        {
            "op_Equality" => "==", "op_Inequality" => "!=", "op_LessThan" => "<", "op_GreaterThan" => ">",
            "op_LessThanOrEqual" => "<=", "op_GreaterThanOrEqual" => ">=", "op_Addition" => "+", "op_Subtraction" => "-",
            "op_Multiply" => "*", "op_Division" => "/", "op_Modulus" => "%", "op_UnaryNegation" => "-", "op_UnaryPlus" => "+",
            "op_LogicalNot" => "!", "op_OnesComplement" => "~", "op_Increment" => "++", "op_Decrement" => "--",
            "op_True" => "true", "op_False" => "false", "op_BitwiseAnd" => "&", "op_BitwiseOr" => "|", "op_ExclusiveOr" => "^",
            "op_LeftShift" => "<<", "op_RightShift" => ">>", "op_UnsignedRightShift" => ">>>",
            _ => name,
        };

        private static string Literal(object? value) => value switch
        {
            null => "null",
            string text => Quote(text),
            char c => "'" + Escape(c.ToString(), '\'') + "'",
            bool b => b ? "true" : "false",
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        private static string Quote(string text) => "\"" + Escape(text, '"') + "\"";

        private static string Escape(string text, char quote)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (c == quote)
                        {
                            builder.Append('\\').Append(c);
                        }
                        else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }
    }
}
