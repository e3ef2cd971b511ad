using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace VastbusBot.EndToEnd.Tests.Support;

/// <summary>One line of the bot's log.</summary>
internal sealed record LogEntry(DateTimeOffset Time, LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString()
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{Time:HH:mm:ss.fff} {Level,-11} {Category}: {Message}");
        return Exception is null ? line : line + Environment.NewLine + Exception;
    }
}

/// <summary>
/// Keeps every log entry of the bot in memory, so a test can check what the bot logged during its own steps and a
/// failed test can save the log next to its screenshot.
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly List<LogEntry> _entries = [];

    /// <summary>The number of entries so far: pass it to <see cref="Since"/> to see what one test caused.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public IReadOnlyList<LogEntry> Since(int index)
    {
        lock (_gate)
        {
            return _entries.Skip(index).ToList();
        }
    }

    public string Format(int since)
    {
        var text = new StringBuilder();
        foreach (var entry in Since(since))
        {
            text.AppendLine(entry.ToString());
        }

        return text.ToString();
    }

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            provider.Add(new LogEntry(DateTimeOffset.UtcNow, logLevel, category, formatter(state, exception), exception));
        }
    }
}
