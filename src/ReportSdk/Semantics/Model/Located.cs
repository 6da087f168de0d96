using ReportSdk.Text;

namespace ReportSdk.Semantics.Model;

/// <summary>A value of the report model with the span of the text it was read from.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Span">Where in the source the value stands.</param>
public readonly record struct Located<T>(T Value, TextSpan Span);
