using System.Buffers;
using System.Text;
using System.Text.Json;
using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Serialization;

// Reading: an iterative Utf8JsonReader pass that rebuilds green nodes, checking each slot against Syntax.xml.
public static partial class SyntaxTreeJson
{
    private enum FrameType : byte
    {
        Top,
        Element,
        Children,
        List,
        Trivia,
        Diagnostics,
        Diagnostic,
    }

    private enum Prop : byte
    {
        None,
        Kind,
        Text,
        Missing,
        Start,
        Width,
        Children,
        Leading,
        Trailing,
        SchemaVersion,
        Path,
        Length,
        Root,
        Diagnostics,
        Id,
        Severity,
        Message,

        /// <summary>A named slot of a node (schema version 2); its name is in <see cref="Frame.SlotName"/>.</summary>
        Slot,
    }

    private static readonly string[] PropNames =
        ["", "kind", "text", "missing", "start", "width", "children", "leading", "trailing", "schemaVersion", "path", "length", "root", "diagnostics", "id", "severity", "message", "(slot)"];

    private enum ChildTag : byte
    {
        Null,
        Element,
        List,
    }

    private readonly record struct Child(ChildTag Tag, GreenNode? Green);

    private sealed class Frame
    {
        public FrameType Type;
        public string? Name;
        public int Index;
        public int Count;
        public Prop Property;
        public int Seen;

        // Element
        public SyntaxKind Kind;
        public string? Text;
        public bool Missing;
        public int Start;
        public int Width;
        public int StartOffset;
        public readonly List<Child> Children = [];
        public readonly List<(string Name, Child Child)> NamedChildren = [];
        public string? SlotName;
        public readonly List<GreenNode> Leading = [];
        public readonly List<GreenNode> Trailing = [];

        // List
        public readonly List<GreenNode> Items = [];

        // Diagnostic
        public string? Id;
        public string? Severity;
        public string? Message;

        public void Reset(FrameType type, string? name, int index, int startOffset)
        {
            Type = type;
            Name = name;
            Index = index;
            Count = 0;
            Property = Prop.None;
            Seen = 0;
            Kind = SyntaxKind.None;
            Text = null;
            Missing = false;
            Start = 0;
            Width = 0;
            StartOffset = startOffset;
            Children.Clear();
            NamedChildren.Clear();
            SlotName = null;
            Leading.Clear();
            Trailing.Clear();
            Items.Clear();
            Id = null;
            Severity = null;
            Message = null;
        }

        public bool Has(Prop prop) => (Seen & (1 << (int)prop)) != 0;
    }

    /// <summary>The streaming, iterative reader: one frame per open JSON object or array, reused by depth.</summary>
    private sealed class TreeReader
    {
        private readonly SyntaxTreeJsonOptions _options;
        private readonly List<Frame> _frames = [];
        private readonly List<StoredDiagnostic> _diagnostics = [];
        private int _depth;
        private int _offset;
        private long _tokenByte;
        private bool _done;
        private GreenNode? _root;
        private string? _path;
        private int? _length;
        private bool _hasVersion;

        public TreeReader(SyntaxTreeJsonOptions options)
        {
            _options = options;
        }

        public void Run(Stream stream)
        {
            var readerOptions = new JsonReaderOptions
            {
                MaxDepth = _options.MaxDepth,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            };
            var state = new JsonReaderState(readerOptions);
            long cap = Math.Min((long)_options.MaxTokenBytes + TokenSlackBytes, Array.MaxLength);
            byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(InitialBufferSize, cap));
            int length = 0;
            long consumedBefore = 0;
            bool final = false;
            bool first = true;
            try
            {
                while (true)
                {
                    // The pool may hand out a larger array than asked for: never buffer more than the cap.
                    int capacity = (int)Math.Min(buffer.Length, cap);
                    while (!final && length < capacity)
                    {
                        int read = stream.Read(buffer, length, capacity - length);
                        if (read == 0)
                        {
                            final = true;
                        }
                        else
                        {
                            length += read;
                        }
                    }

                    int start = 0;
                    if (first)
                    {
                        first = false;
                        if (length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                        {
                            start = 3;
                        }
                    }

                    var reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), final, state);
                    ReadAvailable(ref reader, consumedBefore + start);
                    state = reader.CurrentState;
                    int consumed = start + (int)reader.BytesConsumed;
                    if (final)
                    {
                        break;
                    }

                    Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
                    length -= consumed;
                    consumedBefore += consumed;
                    if (length == capacity)
                    {
                        // One JSON token fills the whole buffer: grow it, up to the limit.
                        if (capacity >= cap)
                        {
                            throw Error(
                                $"A JSON value starting at byte {consumedBefore} is larger than the limit of {_options.MaxTokenBytes} bytes (SyntaxTreeJsonOptions.MaxTokenBytes).",
                                PendingValuePath());
                        }

                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            if (!_done)
            {
                throw Error("The JSON ends before the syntax tree document is complete (truncated input).", CurrentPath());
            }
        }

        private void ReadAvailable(ref Utf8JsonReader reader, long baseOffset)
        {
            try
            {
                while (reader.Read())
                {
                    _tokenByte = baseOffset + reader.TokenStartIndex;
                    if (reader.ValueSpan.Length > _options.MaxTokenBytes)
                    {
                        // Exact: a value of MaxTokenBytes bytes (as written, without its quotes) is read, one byte more is not.
                        throw Error(
                            $"A JSON value starting at byte {_tokenByte} is larger than the limit of {_options.MaxTokenBytes} bytes (SyntaxTreeJsonOptions.MaxTokenBytes).",
                            PendingValuePath());
                    }

                    Handle(ref reader);
                }
            }
            catch (ReportJsonException)
            {
                throw;
            }
            catch (JsonException ex)
            {
                string message = ex.Message.Contains("maximum configured depth", StringComparison.Ordinal)
                    ? $"The JSON is nested deeper than the limit of {_options.MaxDepth} (SyntaxTreeJsonOptions.MaxDepth). {ex.Message}"
                    : "The input is not valid JSON: " + ex.Message;
                throw new ReportJsonException(message, CurrentPath(), ex.LineNumber, ex.BytePositionInLine, ex);
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or OverflowException or DecoderFallbackException)
            {
                throw new ReportJsonException($"The JSON could not be read near byte {_tokenByte}: {ex.Message}", CurrentPath(), null, null, ex);
            }
        }

        public SyntaxTree CreateTree(string? path)
        {
            GreenNode green = _root!;
            if (_diagnostics.Count > 0)
            {
                var list = new GreenDiagnostic[_diagnostics.Count];
                for (int i = 0; i < list.Length; i++)
                {
                    var stored = _diagnostics[i];
                    if ((long)stored.Start + stored.Length > green.FullWidth)
                    {
                        throw new ReportJsonException(
                            $"The diagnostic's span [{stored.Start}, {stored.Start + stored.Length}) lies outside the text of length {green.FullWidth}.",
                            stored.Path + ".start");
                    }

                    list[i] = new GreenDiagnostic(RestoreDescriptor(stored), stored.Start, stored.Length, []);
                }

                // The list is in the tree's order as written; its diagnostics go back on the nodes that hold their spans.
                green = GreenDiagnosticPlacement.Place(green, list);
            }

            var root = (DocumentSyntax)green.CreateRed(null, 0);
            return SyntaxTree.Create(root, null, path ?? _path);
        }

        // ---------------------------------------------------------- dispatch

        private Frame Top => _frames[_depth - 1];

        private void Handle(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    ReadPropertyName(ref reader);
                    return;
                case JsonTokenType.EndObject:
                    EndObject();
                    return;
                case JsonTokenType.EndArray:
                    EndArray();
                    return;
                default:
                    Value(ref reader);
                    return;
            }
        }

        private void ReadPropertyName(ref Utf8JsonReader reader)
        {
            var frame = Top;
            Prop prop = frame.Type switch
            {
                FrameType.Top => Match(ref reader, Prop.SchemaVersion, Prop.Path, Prop.Length, Prop.Root, Prop.Diagnostics),
                FrameType.Element => Match(ref reader, Prop.Kind, Prop.Text, Prop.Missing, Prop.Start, Prop.Width, Prop.Children, Prop.Leading, Prop.Trailing),
                _ => Match(ref reader, Prop.Id, Prop.Severity, Prop.Start, Prop.Length, Prop.Message),
            };
            if (prop == Prop.None)
            {
                string name = ReadString(ref reader);
                if (frame.Type == FrameType.Element && (!frame.Has(Prop.Kind) || Classify(frame.Kind) == KindClass.Node))
                {
                    // A named slot (schema version 2); checked against the kind's slots now or, when "kind" comes later, at the end.
                    if (frame.Has(Prop.Kind))
                    {
                        CheckSlotName(frame.Kind, name);
                    }

                    foreach (var (seen, _) in frame.NamedChildren)
                    {
                        if (seen == name)
                        {
                            throw Error($"The slot \"{Shorten(name)}\" appears twice.", CurrentPath() + "." + Shorten(name));
                        }
                    }

                    frame.SlotName = name;
                    frame.Property = Prop.Slot;
                    return;
                }

                throw Error($"Unknown property \"{Shorten(name)}\" in {Describe(frame)}.", CurrentPath() + "." + Shorten(name));
            }

            if (frame.Has(prop))
            {
                throw Error($"The property \"{PropNames[(int)prop]}\" appears twice.", CurrentPath() + "." + PropNames[(int)prop]);
            }

            frame.Seen |= 1 << (int)prop;
            frame.Property = prop;
        }

        /// <summary>Throws unless <paramref name="name"/> is a slot of node kind <paramref name="kind"/>.</summary>
        private void CheckSlotName(SyntaxKind kind, string name)
        {
            if (Array.IndexOf(SlotNames[(int)kind], name) < 0)
            {
                string slots = SlotNames[(int)kind].Length == 0 ? "none" : string.Join(", ", SlotNames[(int)kind]);
                throw Error($"{kind} has no slot \"{Shorten(name)}\"; its slots are {slots}.", CurrentPath() + "." + Shorten(name));
            }
        }

        private static Prop Match(ref Utf8JsonReader reader, params ReadOnlySpan<Prop> allowed)
        {
            foreach (var prop in allowed)
            {
                if (reader.ValueTextEquals(PropNames[(int)prop]))
                {
                    return prop;
                }
            }

            return Prop.None;
        }

        private static string Describe(Frame frame) => frame.Type switch
        {
            FrameType.Top => "the top-level object",
            FrameType.Element => "a node, token or trivia object",
            _ => "a diagnostic",
        };

        private void Value(ref Utf8JsonReader reader)
        {
            var type = reader.TokenType;
            if (_depth == 0)
            {
                if (_done || type != JsonTokenType.StartObject)
                {
                    throw Error("The top-level JSON value must be an object with \"schemaVersion\" and \"root\".", "$");
                }

                Push(FrameType.Top, null, 0);
                return;
            }

            var frame = Top;
            switch (frame.Type)
            {
                case FrameType.Top:
                    TopValue(ref reader, frame);
                    return;
                case FrameType.Element:
                    ElementValue(ref reader, frame);
                    return;
                case FrameType.Diagnostic:
                    DiagnosticValue(ref reader, frame);
                    return;
                case FrameType.Children:
                    int index = frame.Count++;
                    if (type == JsonTokenType.StartObject)
                    {
                        Push(FrameType.Element, null, index);
                    }
                    else if (type == JsonTokenType.StartArray)
                    {
                        Push(FrameType.List, null, index);
                    }
                    else if (type == JsonTokenType.Null)
                    {
                        _frames[_depth - 2].Children.Add(new Child(ChildTag.Null, null));
                    }
                    else
                    {
                        throw Error($"A child must be an object (node or token), an array (list) or null, not {Name(type)}.", CurrentPath() + $"[{index}]");
                    }

                    return;
                case FrameType.List:
                case FrameType.Trivia:
                case FrameType.Diagnostics:
                    int item = frame.Count++;
                    if (type != JsonTokenType.StartObject)
                    {
                        string what = frame.Type switch
                        {
                            FrameType.List => "A list element must be a node object",
                            FrameType.Trivia => "A trivia element must be an object",
                            _ => "A diagnostic must be an object",
                        };
                        throw Error($"{what}, not {Name(type)}.", CurrentPath() + $"[{item}]");
                    }

                    Push(frame.Type == FrameType.Diagnostics ? FrameType.Diagnostic : FrameType.Element, null, item);
                    return;
            }
        }

        private void TopValue(ref Utf8JsonReader reader, Frame frame)
        {
            var type = reader.TokenType;
            switch (frame.Property)
            {
                case Prop.SchemaVersion:
                    int version = ReadInt(ref reader, frame);
                    if (version is not (1 or 2))
                    {
                        throw Error($"Unsupported schemaVersion {version}; this reader reads versions 1 (positional children) and {SchemaVersion} (named slots).", "$.schemaVersion");
                    }

                    _hasVersion = true;
                    return;
                case Prop.Path:
                    _path = type == JsonTokenType.Null ? null : type == JsonTokenType.String ? ReadString(ref reader) : throw TypeError(frame, "a string or null", type);
                    return;
                case Prop.Length:
                    _length = ReadInt(ref reader, frame);
                    return;
                case Prop.Root:
                    if (type != JsonTokenType.StartObject)
                    {
                        throw TypeError(frame, "a node object", type);
                    }

                    Push(FrameType.Element, "root", 0);
                    return;
                case Prop.Diagnostics:
                    if (type != JsonTokenType.StartArray)
                    {
                        throw TypeError(frame, "an array", type);
                    }

                    Push(FrameType.Diagnostics, "diagnostics", 0);
                    return;
            }
        }

        private void ElementValue(ref Utf8JsonReader reader, Frame frame)
        {
            var type = reader.TokenType;
            switch (frame.Property)
            {
                case Prop.Kind:
                    if (type != JsonTokenType.String)
                    {
                        throw TypeError(frame, "a kind name (string)", type);
                    }

                    frame.Kind = ReadKind(ref reader);
                    return;
                case Prop.Text:
                    if (type != JsonTokenType.String)
                    {
                        throw TypeError(frame, "a string", type);
                    }

                    frame.Text = ReadText(ref reader);
                    return;
                case Prop.Missing:
                    frame.Missing = type switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => throw TypeError(frame, "true or false", type),
                    };
                    return;
                case Prop.Start:
                    frame.Start = ReadInt(ref reader, frame);
                    return;
                case Prop.Width:
                    frame.Width = ReadInt(ref reader, frame);
                    return;
                case Prop.Children:
                case Prop.Leading:
                case Prop.Trailing:
                    if (type != JsonTokenType.StartArray)
                    {
                        throw TypeError(frame, "an array", type);
                    }

                    Push(frame.Property == Prop.Children ? FrameType.Children : FrameType.Trivia, PropNames[(int)frame.Property], 0);
                    return;
                case Prop.Slot:
                    string slot = frame.SlotName!;
                    if (type == JsonTokenType.StartObject)
                    {
                        Push(FrameType.Element, slot, 0);
                    }
                    else if (type == JsonTokenType.StartArray)
                    {
                        Push(FrameType.List, slot, 0);
                    }
                    else if (type == JsonTokenType.Null)
                    {
                        frame.NamedChildren.Add((slot, new Child(ChildTag.Null, null)));
                    }
                    else
                    {
                        throw Error($"The slot \"{Shorten(slot)}\" must be an object (node or token), an array (list) or null, not {Name(type)}.", CurrentPath() + "." + Shorten(slot));
                    }

                    return;
            }
        }

        private void DiagnosticValue(ref Utf8JsonReader reader, Frame frame)
        {
            var type = reader.TokenType;
            switch (frame.Property)
            {
                case Prop.Id:
                case Prop.Severity:
                case Prop.Message:
                    if (type != JsonTokenType.String)
                    {
                        throw TypeError(frame, "a string", type);
                    }

                    string value = ReadString(ref reader);
                    if (frame.Property == Prop.Id)
                    {
                        frame.Id = value;
                    }
                    else if (frame.Property == Prop.Severity)
                    {
                        frame.Severity = value;
                    }
                    else
                    {
                        frame.Message = value;
                    }

                    return;
                case Prop.Start:
                    frame.Start = ReadInt(ref reader, frame);
                    return;
                case Prop.Length:
                    frame.Width = ReadInt(ref reader, frame);
                    return;
            }
        }

        private void Push(FrameType type, string? name, int index)
        {
            if (_depth == _frames.Count)
            {
                _frames.Add(new Frame());
            }

            _frames[_depth++].Reset(type, name, index, _offset);
        }

        private void EndArray()
        {
            var frame = Top;
            _depth--;
            if (frame.Type == FrameType.List)
            {
                GreenNode? list = frame.Items.Count == 0 ? null : GreenList.From([.. frame.Items]);
                if (Top.Type == FrameType.Element)
                {
                    Top.NamedChildren.Add((frame.Name!, new Child(ChildTag.List, list)));
                }
                else
                {
                    _frames[_depth - 2].Children.Add(new Child(ChildTag.List, list));
                }
            }
        }

        private void EndObject()
        {
            var frame = Top;
            switch (frame.Type)
            {
                case FrameType.Top:
                    if (!_hasVersion)
                    {
                        throw Error("The required property \"schemaVersion\" is missing.", "$");
                    }

                    if (_root is null)
                    {
                        throw Error("The required property \"root\" is missing.", "$");
                    }

                    if (_length is { } length && length != _root.FullWidth)
                    {
                        throw Error($"\"length\" is {length} but the tree's text has {_root.FullWidth} characters.", "$.length");
                    }

                    _done = true;
                    _depth--;
                    return;
                case FrameType.Diagnostic:
                    CompleteDiagnostic(frame);
                    _depth--;
                    return;
                default:
                    var green = CompleteElement(frame);
                    _depth--;
                    var parent = Top;
                    switch (parent.Type)
                    {
                        case FrameType.Top:
                            if (green.Kind != SyntaxKind.Document)
                            {
                                throw Error($"The root must be a Document node, not {green.Kind}.", "$.root.kind");
                            }

                            _root = green;
                            break;
                        case FrameType.Children:
                            _frames[_depth - 2].Children.Add(new Child(ChildTag.Element, green));
                            break;
                        case FrameType.Element:
                            parent.NamedChildren.Add((frame.Name!, new Child(ChildTag.Element, green)));
                            break;
                        case FrameType.List:
                            parent.Items.Add(green);
                            break;
                        case FrameType.Trivia:
                            var owner = _frames[_depth - 2];
                            (parent.Name == "leading" ? owner.Leading : owner.Trailing).Add(green);
                            break;
                    }

                    return;
            }
        }

        private void CompleteDiagnostic(Frame frame)
        {
            string path = CurrentPath(); // a diagnostic sits at depth 3, so this is cheap
            if (frame.Id is null || frame.Severity is null || frame.Message is null || !frame.Has(Prop.Start) || !frame.Has(Prop.Length))
            {
                throw Error("A diagnostic needs \"id\", \"severity\", \"start\", \"length\" and \"message\".", path);
            }

            var severity = frame.Severity switch
            {
                "hidden" => DiagnosticSeverity.Hidden,
                "info" => DiagnosticSeverity.Info,
                "warning" => DiagnosticSeverity.Warning,
                "error" => DiagnosticSeverity.Error,
                _ => throw Error($"Unknown severity \"{Shorten(frame.Severity)}\"; expected hidden, info, warning or error.", path + ".severity"),
            };
            _diagnostics.Add(new StoredDiagnostic(frame.Id, severity, frame.Start, frame.Width, frame.Message, path));
        }

        private GreenNode CompleteElement(Frame frame)
        {
            if (!frame.Has(Prop.Kind))
            {
                throw Error("The required property \"kind\" is missing.", CurrentPath());
            }

            var parentType = _frames[_depth - 2].Type;
            var kind = frame.Kind;
            var kindClass = Classify(kind);
            if ((kindClass == KindClass.Trivia) != (parentType == FrameType.Trivia))
            {
                throw Error(
                    kindClass == KindClass.Trivia
                        ? $"Trivia ({kind}) can only appear in \"leading\" or \"trailing\"."
                        : $"{kind} cannot appear in \"{_frames[_depth - 2].Name}\"; only trivia can.",
                    CurrentPath() + ".kind");
            }

            GreenNode green;
            switch (kindClass)
            {
                case KindClass.Trivia:
                    DisallowSlots(frame, kind);
                    Disallow(frame, kind, Prop.Children, Prop.Leading, Prop.Trailing, Prop.Missing, Prop.Start, Prop.Width);
                    green = new GreenTrivia(kind, frame.Text ?? throw Missing(frame, Prop.Text));
                    break;
                case KindClass.Token:
                    DisallowSlots(frame, kind);
                    Disallow(frame, kind, Prop.Children);
                    string text = frame.Text ?? throw Missing(frame, Prop.Text);
                    var leading = TriviaNode(frame.Leading);
                    var trailing = TriviaNode(frame.Trailing);
                    if (frame.Missing)
                    {
                        if (text.Length != 0)
                        {
                            throw Error($"A missing token has no text, but this {kind} has {text.Length} characters.", CurrentPath() + ".text");
                        }

                        green = GreenToken.Missing(kind, leading, trailing);
                    }
                    else
                    {
                        green = new GreenToken(kind, text, leading, trailing);
                    }

                    break;
                default:
                    Disallow(frame, kind, Prop.Text, Prop.Missing, Prop.Leading, Prop.Trailing);
                    if (frame.Has(Prop.Children) && frame.NamedChildren.Count > 0)
                    {
                        throw Error(
                            $"A node holds its slots either positionally in \"children\" (schema version 1) or by name (version 2), not both; this {kind} has \"children\" and \"{frame.NamedChildren[0].Name}\".",
                            CurrentPath() + "." + frame.NamedChildren[0].Name);
                    }

                    green = CreateNode(frame);
                    break;
            }

            if (kindClass != KindClass.Trivia)
            {
                if (frame.Has(Prop.Start) && frame.Start != frame.StartOffset)
                {
                    throw Error(
                        $"The spans do not tile: this {kind} claims to start at {frame.Start}, but the text before it ends at {frame.StartOffset}.",
                        CurrentPath() + ".start");
                }

                if (frame.Has(Prop.Width) && frame.Width != green.FullWidth)
                {
                    throw Error(
                        $"The spans do not tile: this {kind} claims a width of {frame.Width}, but its text and trivia have {green.FullWidth} characters.",
                        CurrentPath() + ".width");
                }

                _offset = checked(frame.StartOffset + green.FullWidth);
            }

            return green;
        }

        private GreenNode CreateNode(Frame frame)
        {
            var kind = frame.Kind;
            var shapes = SlotShapes.Get(kind)!;
            bool named = !frame.Has(Prop.Children);
            var children = named ? NamedToPositional(frame, shapes) : frame.Children;
            // A positional file written before a node gained a trailing optional slot (Title's ContinuationToken) lacks it: the slot is empty.
            while (!named && children.Count < shapes.Length && children.Count > 0 && shapes[children.Count..].All(s => s.Optional))
            {
                children.Add(new Child(ChildTag.Null, null));
            }

            if (children.Count != shapes.Length)
            {
                throw Error(
                    $"{kind} has {shapes.Length} slot(s) ({string.Join(", ", shapes.Select(s => s.Name))}), but \"children\" has {children.Count} element(s).",
                    CurrentPath() + ".children");
            }

            // What the JSON's shape decides (an array or one object) is checked here; which kinds may stand in a slot is
            // SlotCheck's, the validator the factory uses, so both reject the same trees with the same messages.
            var slots = new GreenNode?[shapes.Length];
            for (int i = 0; i < shapes.Length; i++)
            {
                var shape = shapes[i];
                var child = children[i];
                if (shape.Type == SlotType.List)
                {
                    if (child.Tag != ChildTag.List)
                    {
                        throw Error($"{shape.QualifiedName} is a list of {shape.ElementType.Name}: expected an array, found {DescribeChild(child)}.", SlotPath(i));
                    }

                    if (child.Green is { } list)
                    {
                        for (int j = 0; j < list.SlotCount; j++)
                        {
                            if (SlotCheck.NodeViolation(shape, list.GetSlot(j)) is { } violation)
                            {
                                throw Error(violation, SlotPath(i, j) + ".kind");
                            }
                        }
                    }
                }
                else
                {
                    if (child.Tag == ChildTag.List)
                    {
                        throw Error(shape.Type == SlotType.Token
                            ? $"{shape.QualifiedName} holds a {shape.TokenKind} token, not an array."
                            : $"{shape.QualifiedName} holds one {shape.ElementType.Name} node, not an array.", SlotPath(i));
                    }

                    string? violation = shape.Type == SlotType.Token ? SlotCheck.TokenViolation(shape, child.Green) : SlotCheck.NodeViolation(shape, child.Green);
                    if (violation is not null)
                    {
                        // The path points at the kind that is wrong; at the slot when it is empty or holds something else entirely.
                        bool wrongKind = child.Green is not null && (shape.Type == SlotType.Node || child.Green.IsToken);
                        throw Error(violation, wrongKind ? SlotPath(i) + ".kind" : SlotPath(i));
                    }
                }

                slots[i] = child.Green;
            }

            return GreenNodeFactory.Create(kind, slots);
        }

        /// <summary>
        /// The slots of a node written by name, in slot order. Every slot must be there (null for an empty optional
        /// slot, [] for an empty list), as every slot must be in a positional "children" array; a name that is not a
        /// slot of the kind (possible when "kind" came after it) is an error.
        /// </summary>
        private List<Child> NamedToPositional(Frame frame, SlotShape[] shapes)
        {
            var names = SlotNames[(int)frame.Kind];
            var children = new Child?[shapes.Length];
            foreach (var (name, child) in frame.NamedChildren)
            {
                CheckSlotName(frame.Kind, name);
                children[Array.IndexOf(names, name)] = child;
            }

            var result = new List<Child>(shapes.Length);
            for (int i = 0; i < shapes.Length; i++)
            {
                // An optional token slot added after a file was written (Title's ContinuationToken) is empty when absent.
                if (children[i] is null && frame.NamedChildren.Count > 0 && shapes[i].Optional && shapes[i].Type == SlotType.Token)
                {
                    result.Add(new Child(ChildTag.Null, null));
                    continue;
                }

                result.Add(children[i] ?? throw Error(
                    frame.NamedChildren.Count == 0
                        ? $"A {frame.Kind} needs its slots ({string.Join(", ", names)}) by name, or a positional \"children\" array (schema version 1)."
                        : $"The slot \"{names[i]}\" of {frame.Kind} is missing; write null for an empty optional slot and [] for an empty list.",
                    CurrentPath()));
            }

            return result;
        }

        /// <summary>Throws when a token or trivia object carries node slots.</summary>
        private void DisallowSlots(Frame frame, SyntaxKind kind)
        {
            if (frame.NamedChildren.Count > 0)
            {
                string name = frame.NamedChildren[0].Name;
                throw Error($"Unknown property \"{Shorten(name)}\" on {kind}: only nodes have slots.", CurrentPath() + "." + Shorten(name));
            }
        }

        /// <summary>The path of a slot (and list element) of the element being completed; built only for an error.</summary>
        private string SlotPath(int slot, int item = -1)
        {
            var frame = Top;
            string slotPath = frame.Has(Prop.Children) ? $"{CurrentPath()}.children[{slot}]" : $"{CurrentPath()}.{SlotNames[(int)frame.Kind][slot]}";
            return item < 0 ? slotPath : $"{slotPath}[{item}]";
        }

        private static string DescribeChild(Child child) => child.Tag switch
        {
            ChildTag.Null => "null",
            ChildTag.List => "an array",
            _ => child.Green!.IsToken ? $"a {child.Green.Kind} token" : $"a {child.Green.Kind} node",
        };

        private static GreenNode? TriviaNode(List<GreenNode> trivia) => trivia.Count switch
        {
            0 => null,
            1 => trivia[0],
            _ => GreenList.From([.. trivia]),
        };

        private void Disallow(Frame frame, SyntaxKind kind, params ReadOnlySpan<Prop> props)
        {
            foreach (var prop in props)
            {
                if (frame.Has(prop))
                {
                    string what = Classify(kind) switch
                    {
                        KindClass.Trivia => "trivia",
                        KindClass.Token => "a token",
                        _ => "a node",
                    };
                    throw Error($"\"{PropNames[(int)prop]}\" is not allowed on {what} ({kind}).", CurrentPath() + "." + PropNames[(int)prop]);
                }
            }
        }

        private ReportJsonException Missing(Frame frame, Prop prop) =>
            Error($"The required property \"{PropNames[(int)prop]}\" is missing on {frame.Kind}.", CurrentPath());

        // ---------------------------------------------------------- scalars

        private SyntaxKind ReadKind(ref Utf8JsonReader reader)
        {
            if (reader.ValueSpan.Length <= 64)
            {
                Span<char> chars = stackalloc char[64];
                int count = reader.CopyString(chars);
                if (KindsBySpan.TryGetValue(chars[..count], out var kind))
                {
                    return kind;
                }

                throw Error($"Unknown kind \"{Shorten(chars[..count].ToString())}\".", CurrentPath() + ".kind");
            }

            throw Error($"Unknown kind \"{Shorten(ReadString(ref reader))}\".", CurrentPath() + ".kind");
        }

        private string ReadText(ref Utf8JsonReader reader)
        {
            if (reader.ValueSpan.Length <= 4)
            {
                if (reader.ValueTextEquals(" "u8))
                {
                    return " ";
                }

                if (reader.ValueTextEquals("\n"u8))
                {
                    return "\n";
                }

                if (reader.ValueTextEquals("\r\n"u8))
                {
                    return "\r\n";
                }

                if (reader.ValueSpan.Length == 0)
                {
                    return string.Empty;
                }
            }

            return ReadString(ref reader);
        }

        private static string ReadString(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException) when (reader.ValueIsEscaped)
            {
                // An escaped unpaired surrogate (\uD800), which the writer emits for such text: decode it leniently.
                return UnescapeLeniently(reader.ValueSpan);
            }
        }

        private int ReadInt(ref Utf8JsonReader reader, Frame frame)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw TypeError(frame, "a non-negative integer", reader.TokenType);
            }

            if (!reader.TryGetInt32(out int value) || value < 0)
            {
                throw Error("Expected a non-negative 32-bit integer.", CurrentPath() + "." + PropNames[(int)frame.Property]);
            }

            return value;
        }

        private ReportJsonException TypeError(Frame frame, string expected, JsonTokenType found) =>
            Error($"\"{PropNames[(int)frame.Property]}\" must be {expected}, not {Name(found)}.", CurrentPath() + "." + PropNames[(int)frame.Property]);

        private static string Name(JsonTokenType type) => type switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => type.ToString(),
        };

        private static string Shorten(string value) => value.Length <= 64 ? value : string.Concat(value.AsSpan(0, 64), "…");

        // ---------------------------------------------------------- paths

        private ReportJsonException Error(string message, string path) =>
            new($"{message} (JSON path {path}, near byte {_tokenByte})", path);

        /// <summary>The path of the innermost open value, such as <c>$.root.children[1][0]</c>.</summary>
        private string CurrentPath()
        {
            var builder = new StringBuilder("$");
            for (int i = 1; i < _depth; i++)
            {
                var frame = _frames[i];
                if (frame.Name is not null)
                {
                    builder.Append('.').Append(frame.Name);
                }
                else
                {
                    builder.Append('[').Append(frame.Index).Append(']');
                }
            }

            return builder.ToString();
        }

        /// <summary>The path of the value being read when the buffer ran out: the open property of an object, or the next array element.</summary>
        private string PendingValuePath()
        {
            if (_depth == 0)
            {
                return "$";
            }

            var top = Top;
            return top.Type switch
            {
                FrameType.Top or FrameType.Element or FrameType.Diagnostic when top.Property != Prop.None => CurrentPath() + "." + PropNames[(int)top.Property],
                FrameType.Children or FrameType.List or FrameType.Trivia or FrameType.Diagnostics => CurrentPath() + $"[{top.Count}]",
                _ => CurrentPath(),
            };
        }
    }

    private static string UnescapeLeniently(ReadOnlySpan<byte> raw)
    {
        var builder = new StringBuilder(raw.Length);
        while (!raw.IsEmpty)
        {
            int slash = raw.IndexOf((byte)'\\');
            if (slash < 0)
            {
                builder.Append(Encoding.UTF8.GetString(raw));
                break;
            }

            builder.Append(Encoding.UTF8.GetString(raw[..slash]));
            byte escape = raw[slash + 1];
            int used = 2;
            switch (escape)
            {
                case (byte)'b': builder.Append('\b'); break;
                case (byte)'f': builder.Append('\f'); break;
                case (byte)'n': builder.Append('\n'); break;
                case (byte)'r': builder.Append('\r'); break;
                case (byte)'t': builder.Append('\t'); break;
                case (byte)'u':
                    builder.Append((char)int.Parse(Encoding.ASCII.GetString(raw.Slice(slash + 2, 4)), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
                    used = 6;
                    break;
                default: builder.Append((char)escape); break;
            }

            raw = raw[(slash + used)..];
        }

        return builder.ToString();
    }
}
