namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>A Swedish day off: a public holiday by law, or a day that is off in practice (midsummer eve and the like).</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="SwedishName">The name in Swedish, as people say it.</param>
/// <param name="EnglishName">The name in English.</param>
/// <param name="IsPublicHoliday">True for an <em>allmän helgdag</em> (Lag 1989:253); false for a de facto day off.</param>
public sealed record Holiday(DateOnly Date, string SwedishName, string EnglishName, bool IsPublicHoliday);
