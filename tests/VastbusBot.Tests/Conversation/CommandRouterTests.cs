using VastbusBot.Tests.Support;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Help;
using VastbusBot.Features.Planned;

namespace VastbusBot.Tests.Conversation;

public sealed class CommandRouterTests
{
    private readonly CommandRouter _router = new([new HelpCommand(), .. SampleCommands.Planned]);

    [Theory]
    [InlineData("hjälp", UiLanguage.Swedish)]
    [InlineData("  Hjälp! ", UiLanguage.Swedish)]
    [InlineData("hjalp", UiLanguage.Swedish)]
    [InlineData("HELP", UiLanguage.English)]
    [InlineData("help?", UiLanguage.English)]
    [InlineData("what can you do", UiLanguage.English)]
    public void Match_HelpInEitherLanguage_ReturnsHelpInThatLanguage(string text, UiLanguage expected)
    {
        var match = _router.Match(text);

        Assert.NotNull(match);
        Assert.IsType<HelpCommand>(match.Command);
        Assert.Equal(expected, match.Language);
    }

    [Fact]
    public void Match_CommandWithArgument_KeepsTheUsersWords()
    {
        var match = _router.Match("Årsberättelse  2025");

        Assert.NotNull(match);
        var planned = Assert.IsType<PlannedFeatureCommand>(match.Command);
        Assert.Same(HelpCatalog.Reports, planned.Topic);
        Assert.Equal("2025", match.Argument);
        Assert.Equal(UiLanguage.Swedish, match.Language);
    }

    [Theory]
    [InlineData("hjälpmedel i skolan")]
    [InlineData("vem ansvarar för vården vid placering?")]
    [InlineData("helpful")]
    [InlineData("")]
    [InlineData("visa")]
    public void Match_TextThatOnlyResemblesACommand_ReturnsNull(string text) => Assert.Null(_router.Match(text));

    [Fact]
    public void Match_LongestTriggerWins()
    {
        var router = new CommandRouter([new OneWordCommand("book"), .. SampleCommands.Planned]);

        var match = router.Match("book chairs meeting now");

        Assert.NotNull(match);
        var planned = Assert.IsType<PlannedFeatureCommand>(match.Command);
        Assert.Same(HelpCatalog.Booking, planned.Topic);
        Assert.Equal("now", match.Argument);
    }

    /// <summary>A command whose trigger is the first word of a longer one.</summary>
    private sealed class OneWordCommand(string trigger) : ITextCommand
    {
        public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } =
            new Dictionary<UiLanguage, IReadOnlyList<string>> { [UiLanguage.English] = [trigger] };

        public Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
