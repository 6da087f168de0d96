namespace ReportSdk.Semantics.Model;

/// <summary>The administrative level of the government that delivers a report.</summary>
public enum AdministrativeLevel
{
    /// <summary>The State Council (国务院).</summary>
    National,

    /// <summary>A province, autonomous region or municipality (省, 自治区, 直辖市).</summary>
    Province,

    /// <summary>A city or prefecture (市, 州, 地区, 盟).</summary>
    City,

    /// <summary>A county (县, 旗, 自治县).</summary>
    County,

    /// <summary>A district (区, 新区).</summary>
    District,

    /// <summary>A town (镇).</summary>
    Town,

    /// <summary>A township (乡).</summary>
    Township,

    /// <summary>A street office (街道).</summary>
    Street,
}
