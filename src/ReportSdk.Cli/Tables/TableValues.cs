using System.Globalization;

namespace ReportSdk.Cli.Tables;

/// <summary>How table values are written as text: invariant culture, numbers without exponent or trailing zeros.</summary>
internal static class TableValues
{
    /// <summary>Enough digits after the point for any decimal value, none printed when zero.</summary>
    private const string NumberFormat = "0.############################";

    /// <summary>The number as text: <c>5.5</c> for 5.50m, <c>1200000000000</c> for 1.2万亿.</summary>
    public static string Number(decimal value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);

    /// <summary>The number without trailing zeros (5.50m becomes 5.5m), so JSON writes it as CSV does.</summary>
    public static decimal Normalize(decimal value) => decimal.Parse(Number(value), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A value as CSV text, or null for an empty field.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => Number(d),
        _ => throw new ArgumentException($"not a table value: {value.GetType().Name}", nameof(value)),
    };
}
