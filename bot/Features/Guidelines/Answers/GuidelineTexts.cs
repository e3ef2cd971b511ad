using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Guidelines.Answers;

/// <summary>The user-facing texts of guideline answers.</summary>
internal static class GuidelineTexts
{
    /// <summary>The fixed first sentence of every "not covered" reply; the evaluation and users rely on it.</summary>
    public static readonly LocalizedText NotFound = new(
        "Det hittar jag inget svar på i riktlinjerna.",
        "I couldn't find an answer in the guidelines.");

    public static readonly LocalizedText NotFoundExplanation = new(
        "Frågan verkar ligga utanför det som Västbus riktlinjer, överenskommelsen Samverkan för barns och ungas hälsa och SIP-riktlinjen tar upp, så jag gissar hellre inte.",
        "The question seems to be outside what the Västbus guidelines, the agreement on children's and young people's health and the SIP guideline cover, so I would rather not guess.");

    public static readonly LocalizedText OutsideExplanation = new(
        "Västbus riktlinjer, överenskommelsen Samverkan för barns och ungas hälsa och SIP-riktlinjen handlar om hur kommunerna och regionen samverkar kring barn och unga till och med 20 år, och det här ligger utanför dem.",
        "The Västbus guidelines, the agreement on children's and young people's health and the SIP guideline are about how the municipalities and the region work together for children and young people up to and including 20, and this lies outside them.");

    public static readonly LocalizedText WhereToTurn = new(
        "Vänd dig till din lokala Västbusgrupp eller till din chef. Jag har sparat frågan (utan personuppgifter) så att de som sköter kunskapsbanken kan se om den borde besvaras.",
        "Ask your local Västbus group or your manager. I have logged the question (without personal data) so that the knowledge base's owners can see whether it should be answered.");

    public static readonly LocalizedText DidYouMean = new("Menade du …?", "Did you mean …?");

    public static readonly LocalizedText AlternativesIntro = new(
        "Frågan kan också gälla något av detta:",
        "Your question may also be about one of these:");

    public static readonly LocalizedText NoneOfThese = new("Inget av dessa", "None of these");

    public static readonly LocalizedText NoneChosen = new(
        "Inget av förslagen passade – se mitt svar nedan.",
        "None of the suggestions fitted – see my reply below.");

    public static readonly LocalizedText Responsible = new("Vem ansvarar", "Who is responsible");

    public static readonly LocalizedText LegalBasis = new("Lagstöd", "Legal basis");

    public static readonly LocalizedText Document = new("Gäller enligt", "Applicable document");

    public static readonly LocalizedText Details = new("Mer om detta", "More on this");

    public static readonly LocalizedText ShowDetails = new("Visa mer", "Show more");

    public static readonly LocalizedText Sources = new("Källa", "Source");

    public static readonly LocalizedText OpenSource = new("Öppna källan", "Open the source");

    public static readonly LocalizedText Related = new("Relaterade frågor", "Related questions");

    public static readonly LocalizedText WasThisHelpful = new("Var svaret till hjälp?", "Was this answer helpful?");

    public static readonly LocalizedText Yes = new("Ja", "Yes");

    public static readonly LocalizedText No = new("Nej", "No");

    public static readonly LocalizedText ThanksHelpful = new(
        "Tack! Bra att svaret hjälpte.",
        "Thanks! Glad the answer helped.");

    public static readonly LocalizedText ThanksUnhelpful = new(
        "Tack för att du sa till. De som sköter kunskapsbanken ser det och kan förbättra svaret. Din lokala Västbusgrupp kan hjälpa dig vidare.",
        "Thanks for telling us. The knowledge base's owners will see it and can improve the answer. Your local Västbus group can help you further.");

    public static readonly LocalizedText NotAnIndividualCase = new(
        "Svaret beskriver riktlinjerna, inte ett enskilt ärende.",
        "The answer describes the guidelines, not an individual case.");

    public static readonly LocalizedText EntryGone = new(
        "Det svaret finns inte längre i kunskapsbanken. Ställ frågan igen, så letar jag i den aktuella versionen.",
        "That answer is no longer in the knowledge base. Ask the question again and I will look in the current version.");

    public static readonly LocalizedText HistoricalNote = new(
        "Västbus riktlinjer har ersatts av överenskommelsen Samverkan för barns och ungas hälsa (2021) och SIP-riktlinjen (2020); svaret beskriver hur det var enligt de tidigare riktlinjerna.",
        "The Västbus guidelines have been replaced by the agreement on children's and young people's health (2021) and the SIP guideline (2020); the answer describes how it was under the earlier guidelines.");
}
