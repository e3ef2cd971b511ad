using System.Text.Json;
using BenchmarkDotNet.Attributes;
using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Help;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Benchmarks.Cards;

/// <summary>
/// What sending a card costs before the HTTP call: the size check plus the activity body, for the help card (the
/// load test's reply). <see cref="MeasureThenSerializeActivity"/> is the former path (the card serialized to a string
/// for the budget, then again inside the activity); <see cref="SerializeOnce"/> is <c>BotTurn.SendCardAsync</c> now.
/// Run: <c>dotnet run -c Release --project tests/VastbusBot.Benchmarks -- --filter *CardSend* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class CardSendBenchmarks
{
    private AdaptiveCard _card = null!;

    [GlobalSetup]
    public void Setup() => _card = HelpCards.Help(UiLanguage.Swedish);

    [Benchmark(Baseline = true)]
    public byte[] MeasureThenSerializeActivity()
    {
        // The former size check (CardBudget.EnsureWithinBudget, since removed): the card serialized to a string.
        if (CardBudget.MeasureBytes(_card) > CardBudget.MaxBytes)
        {
            throw new InvalidOperationException("The help card is over the budget.");
        }

        return Body(Attachment.AdaptiveCard(_card));
    }

    [Benchmark]
    public byte[] SerializeOnce() => Body(Attachment.AdaptiveCard(SerializedCard.Create(_card)));

    private byte[] Body(Attachment attachment)
    {
        var message = Activity.CreateMessage();
        message.Attachments = [attachment];
        message.Summary = _card.FallbackText;
        return JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), ProtocolJson.Options);
    }
}
