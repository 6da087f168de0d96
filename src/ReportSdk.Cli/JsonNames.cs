namespace ReportSdk.Cli;

/// <summary>Enum values as the outline JSON writes them (<c>selfBuilding</c>, <c>warning</c>), so every output uses one vocabulary.</summary>
internal static class JsonNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
