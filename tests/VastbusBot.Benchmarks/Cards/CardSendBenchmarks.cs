using System.Text.Json;
using BenchmarkDotNet.Attributes;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Help;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Benchmarks.Cards;

/// <summary>
/// What sending a card costs before the HTTP call: the size check plus the activity body, for the help card (the
/// load test's reply). <see cref="MeasureThenSerializeActivity"/> is the former path (the card serialized to a string
/// for the budget, then again inside the activity); <see cref="SerializeOnce"/> is <c>CardMessage.Create</c>, what every
/// card send does now.
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
        if (CardBudget.MeasureBytes(_card) > CardBudget.MaxBytes)
        {
            throw new InvalidOperationException("The help card is over the budget.");
        }

        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(_card)];
        message.Summary = _card.FallbackText;
        return Body(message);
    }

    [Benchmark]
    public byte[] SerializeOnce() => Body(CardMessage.Create(_card));

    private static byte[] Body(Activity message) => JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), ProtocolJson.Options);
}
