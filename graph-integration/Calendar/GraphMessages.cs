namespace VastbusBot.GraphIntegration.Calendar;

/// <summary>What to tell a user when a calendar call did not succeed, in Swedish (default) or English.</summary>
public static class GraphMessages
{
    public static string For(GraphOutcome outcome, bool english = false) => (outcome, english) switch
    {
        (GraphOutcome.Busy or GraphOutcome.Unavailable, false) => "Kalendertjänsten är upptagen just nu. Försök igen om en stund.",
        (GraphOutcome.Busy or GraphOutcome.Unavailable, true) => "The calendar service is busy right now. Please try again in a moment.",
        (GraphOutcome.NotFound, false) => "Mötet eller kalendern hittades inte. Det kan redan vara inställt.",
        (GraphOutcome.NotFound, true) => "The meeting or calendar was not found. It may already have been cancelled.",
        (GraphOutcome.Forbidden or GraphOutcome.NotConfigured, false) => "Boten har inte behörighet till kalendern. Kontakta den som administrerar boten.",
        (GraphOutcome.Forbidden or GraphOutcome.NotConfigured, true) => "The bot has no access to the calendar. Please contact the bot's administrator.",
        (_, false) => "Något gick fel med kalendern. Försök igen senare.",
        (_, true) => "Something went wrong with the calendar. Please try again later.",
    };
}
