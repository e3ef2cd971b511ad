using VastbusBot.Features.Guidelines.Insights;

namespace VastbusBot.Tests.GuidelineAnswers;

public sealed class QuestionRedactorTests
{
    [Theory]
    [InlineData("vad gäller för 20121212-1212 som är placerad?", "20121212-1212")]
    [InlineData("barnet 121212-1212 har SIP", "121212-1212")]
    [InlineData("ring mig på 070-123 45 67 om placeringen", "070-123 45 67")]
    [InlineData("ring +46 70 123 45 67", "+46 70 123 45 67")]
    [InlineData("mejla anna.lind@goteborg.se om detta", "anna.lind@goteborg.se")]
    public void Redact_RemovesIdentifiers(string question, string identifier)
    {
        var redacted = QuestionRedactor.Redact(question);

        Assert.DoesNotContain(identifier, redacted, StringComparison.Ordinal);
        Assert.Contains(QuestionRedactor.Placeholder, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vad säger SoL 5 kap. 1 § om placering?")]
    [InlineData("Gäller överenskommelsen från 2021 fortfarande?")]
    [InlineData("Vad säger 2001:453 om samverkan?")]
    [InlineData("Hur många möten ska den lokala gruppen ha, 4 eller 6?")]
    public void Redact_KeepsOrdinaryQuestions(string question)
    {
        Assert.Equal(question, QuestionRedactor.Redact(question));
    }
}
