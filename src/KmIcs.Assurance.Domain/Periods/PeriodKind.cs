namespace KmIcs.Assurance.Domain.Periods;

/// <summary>The kinds of reporting period the source documents and Fingertips use.</summary>
public enum PeriodKind
{
    /// <summary>1 April to 31 March: "2021/22".</summary>
    FinancialYear,

    /// <summary>A financial-year quarter, Q1 = April to June: "Q3 2023/24".</summary>
    Quarter,

    /// <summary>January to December: "2028".</summary>
    CalendarYear,

    /// <summary>1 September to 31 August: "AY 2021/22".</summary>
    AcademicYear,

    /// <summary>The twelve months ending with a month: "R12 to 2024-03".</summary>
    Rolling12Months,

    /// <summary>Pooled calendar years, as Fingertips publishes life expectancy: "2026-28".</summary>
    MultiYear,
}
