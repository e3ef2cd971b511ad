using Microsoft.Extensions.Logging;
using VastbusBot.Protocol.Hosting;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Hosting;

public sealed class HostingLogTests
{
    private static readonly Activity Message = new()
    {
        Type = ActivityTypes.Message,
        Id = "1795432476368",
        Conversation = new ConversationAccount { Id = "a:1" },
    };

    [Fact]
    public void BeginActivityScope_LinesOfAnyCategoryInside_CarryTheActivitysIds()
    {
        var provider = new ScopeRecordingProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider));
        var hosting = factory.CreateLogger("VastbusBot.Protocol.Hosting.ActivityProcessingService");
        var dispatcher = factory.CreateLogger("VastbusBot.Conversation.ActivityDispatcher");

        using (HostingLog.BeginActivityScope(hosting, Message))
        {
            dispatcher.LogInformation("inside");
        }

        dispatcher.LogInformation("outside");

        var inside = provider.Lines.Single(l => l.Message == "inside").Scope;
        Assert.Equal("message", inside["ActivityType"]);
        Assert.Equal("1795432476368", inside["ActivityId"]);
        Assert.Equal("a:1", inside["ConversationId"]);
        Assert.Empty(provider.Lines.Single(l => l.Message == "outside").Scope);
    }

    [Fact]
    public void BeginActivityScope_LoggerOffAltogether_BuildsNoScope()
    {
        using var factory = LoggerFactory.Create(b => b.AddProvider(new ScopeRecordingProvider()).AddFilter("VastbusBot.Protocol.Hosting", LogLevel.None));

        var scope = HostingLog.BeginActivityScope(factory.CreateLogger("VastbusBot.Protocol.Hosting.ActivityProcessingService"), Message);

        Assert.Null(scope);
    }

    private sealed record Line(string Message, Dictionary<string, object?> Scope);

    private sealed class ScopeRecordingProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public List<Line> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => new RecordingLogger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class RecordingLogger(ScopeRecordingProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
                owner._scopes.ForEachScope(
                    (s, d) =>
                    {
                        if (s is IEnumerable<KeyValuePair<string, object?>> pairs)
                        {
                            foreach (var (key, value) in pairs.Where(p => p.Key != "{OriginalFormat}"))
                            {
                                d[key] = value;
                            }
                        }
                    },
                    scope);
                owner.Lines.Add(new Line(formatter(state, exception), scope));
            }
        }
    }
}
