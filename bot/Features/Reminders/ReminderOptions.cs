using System.Globalization;
using Microsoft.Extensions.Options;

namespace VastbusBot.Features.Reminders;

/// <summary>
/// The <c>Reminders</c> settings: deadlines, offsets, time zone and send time for every tenant, per-tenant overrides,
/// and how the scheduler runs. Collections are left empty here and defaults applied when resolving, because the
/// configuration binder appends to (rather than replaces) collections that already hold values.
/// </summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>The defaults when nothing is configured: 1 March, 1 June and (our choice, see docs/reminders.md) 15 April.</summary>
    public static readonly IReadOnlyDictionary<DeadlineKind, string> DefaultDeadlines = new Dictionary<DeadlineKind, string>
    {
        [DeadlineKind.LocalAnnualReport] = "03-01",
        [DeadlineKind.DelregionalSummary] = "06-01",
        [DeadlineKind.ChairsGathering] = "04-15",
    };

    public static readonly IReadOnlyList<int> DefaultOffsetsDays = [30, 14, 3];

    public const string DefaultTimeZone = "Europe/Stockholm";

    /// <summary>False stops the scheduler (the <c>reminders</c> command still works).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due reminders.</summary>
    public TimeSpan RunInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>IANA time zone of the deadlines (a deadline ends at midnight after its date, in this zone).</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>Local time of day (HH:mm) a reminder is sent, in the recipient's time zone when known.</summary>
    public string SendTime { get; set; } = "08:00";

    /// <summary>Days before a deadline to remind; empty means 30, 14 and 3.</summary>
    public IList<int> OffsetsDays { get; } = [];

    /// <summary>Deadline dates as <c>MM-dd</c> by kind id (<c>local-annual-report</c>, ...), or <c>off</c>.</summary>
    public IDictionary<string, string> Deadlines { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Tenants the scheduler serves without overrides of their own.</summary>
    public IList<string> TenantIds { get; } = [];

    /// <summary>Overrides by tenant id; a tenant listed here is served too.</summary>
    public IDictionary<string, TenantReminderOptions> Tenants { get; } = new Dictionary<string, TenantReminderOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The largest offset a user may choose (and how early the scheduler starts looking at a deadline).</summary>
    public int MaxOffsetDays { get; set; } = 90;

    /// <summary>The scheduler's blob lease; Azure allows 15 to 60 seconds.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A claim older than this that never recorded an outcome is given up (at-most-once, see docs).</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Tries for a reminder whose send failed before anything reached Teams (throttled, connection refused).</summary>
    public int MaxSendAttempts { get; set; } = 3;

    /// <summary>Proactive sends per second per tenant (Teams allows 50 requests/s per app per tenant; interactive replies need the rest).</summary>
    public int MaxSendsPerSecond { get; set; } = 10;

    /// <summary>Blob endpoint for the lease when storage uses a managed identity; derived from the table endpoint when empty.</summary>
    public Uri? BlobServiceUri { get; set; }
}

/// <summary>One tenant's overrides; anything left empty falls back to the global <see cref="ReminderOptions"/>.</summary>
public sealed class TenantReminderOptions
{
    public bool? Enabled { get; set; }

    public string? TimeZone { get; set; }

    public string? SendTime { get; set; }

    public IList<int> OffsetsDays { get; } = [];

    public IDictionary<string, string> Deadlines { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Checks the whole <c>Reminders</c> section at start, so a typo fails the deploy rather than a reminder.</summary>
public sealed class ReminderOptionsValidation : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.RunInterval < TimeSpan.FromSeconds(10))
        {
            errors.Add("Reminders:RunInterval must be at least 10 seconds.");
        }

        if (options.LeaseDuration < TimeSpan.FromSeconds(15) || options.LeaseDuration > TimeSpan.FromSeconds(60))
        {
            errors.Add("Reminders:LeaseDuration must be between 15 and 60 seconds (the blob lease limits).");
        }

        if (options.MaxOffsetDays is < 1 or > 365)
        {
            errors.Add("Reminders:MaxOffsetDays must be between 1 and 365.");
        }

        if (options.MaxSendsPerSecond is < 1 or > 50)
        {
            errors.Add("Reminders:MaxSendsPerSecond must be between 1 and 50.");
        }

        if (options.MaxSendAttempts < 1)
        {
            errors.Add("Reminders:MaxSendAttempts must be at least 1.");
        }

        if (options.ClaimTimeout <= TimeSpan.Zero)
        {
            errors.Add("Reminders:ClaimTimeout must be positive.");
        }

        CheckScope("Reminders", options.TimeZone, options.SendTime, options.OffsetsDays, options.Deadlines, options.MaxOffsetDays, errors);
        foreach (var (tenant, o) in options.Tenants)
        {
            CheckScope($"Reminders:Tenants:{tenant}", o.TimeZone, o.SendTime, o.OffsetsDays, o.Deadlines, options.MaxOffsetDays, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckScope(
        string path,
        string? timeZone,
        string? sendTime,
        IList<int> offsets,
        IDictionary<string, string> deadlines,
        int maxOffset,
        List<string> errors)
    {
        if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            errors.Add($"{path}:TimeZone '{timeZone}' is not a known time zone.");
        }

        if (sendTime is not null && !ReminderSchedule.TryParseSendTime(sendTime, out _))
        {
            errors.Add($"{path}:SendTime '{sendTime}' is not a time of day (HH:mm).");
        }

        if (offsets.Any(o => o < 0 || o > maxOffset))
        {
            errors.Add($"{path}:OffsetsDays must be between 0 and {maxOffset.ToString(CultureInfo.InvariantCulture)} days.");
        }

        foreach (var (kind, value) in deadlines)
        {
            if (DeadlineKinds.Parse(kind) is null)
            {
                errors.Add($"{path}:Deadlines:{kind} is not a deadline kind ({DeadlineKinds.LocalAnnualReportId}, {DeadlineKinds.DelregionalSummaryId}, {DeadlineKinds.ChairsGatheringId}).");
            }
            else if (!ReminderSchedule.TryParseDeadlineDate(value, out _))
            {
                errors.Add($"{path}:Deadlines:{kind} '{value}' is not a date as MM-dd (29 February is not allowed) or 'off'.");
            }
        }
    }
}
