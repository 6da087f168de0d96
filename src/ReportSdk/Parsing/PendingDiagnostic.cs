using ReportSdk.Diagnostics;

using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>A diagnostic found during parsing, before the tree it belongs to exists.</summary>
internal readonly record struct PendingDiagnostic(DiagnosticDescriptor Descriptor, int Start, int Length, params object?[] Arguments);
