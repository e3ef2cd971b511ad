using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using VastbusBot.GraphIntegration.Client;
using VastbusBot.GraphIntegration.Scheduling;
using AttendeeAvailability = VastbusBot.GraphIntegration.Scheduling.AttendeeAvailability;

namespace VastbusBot.GraphIntegration.Calendar;

/// <summary><see cref="ICalendarService"/> on the Microsoft Graph SDK (application permissions).</summary>
internal sealed partial class GraphCalendarService(
    GraphServiceClientProvider clients,
    IOptions<SchedulingOptions> scheduling,
    ILogger<GraphCalendarService> logger) : ICalendarService
{
    /// <summary>Schedules per getSchedule request; larger lists are split (Graph limits the number per call).</summary>
    internal const int SchedulesPerRequest = 20;

    private const string PreferUtc = "outlook.timezone=\"UTC\"";

    private TimeZoneInfo Zone => scheduling.Value.ResolveTimeZone();

    public async Task<GraphResult<IReadOnlyList<AttendeeAvailability>>> GetScheduleAsync(
        string organizer, IReadOnlyCollection<string> addresses, TimeWindow window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentNullException.ThrowIfNull(addresses);
        if (window.End <= window.Start)
        {
            return GraphResult<IReadOnlyList<AttendeeAvailability>>.Fail(GraphOutcome.Invalid, "The window ends before it starts.");
        }

        var distinct = addresses.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return await RunAsync<IReadOnlyList<AttendeeAvailability>>("getSchedule", async client =>
        {
            var zone = Zone;
            var result = new List<AttendeeAvailability>(distinct.Count);
            foreach (var chunk in distinct.Chunk(SchedulesPerRequest))
            {
                var body = new GetSchedulePostRequestBody
                {
                    Schedules = [.. chunk],
                    StartTime = GraphTime.ToGraphUtc(window.Start),
                    EndTime = GraphTime.ToGraphUtc(window.End),
                    AvailabilityViewInterval = 30,
                };
                var response = await client.Users[organizer].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(
                    body, config => config.Headers.Add("Prefer", PreferUtc), cancellationToken);
                var byId = (response?.Value ?? []).Where(s => s.ScheduleId is not null)
                    .GroupBy(s => s.ScheduleId!, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
                foreach (var address in chunk)
                {
                    result.Add(byId.TryGetValue(address, out var info)
                        ? ToAvailability(address, info, zone)
                        : AttendeeAvailability.Unreadable(address, "missing from the getSchedule response"));
                }
            }

            return result;
        }, cancellationToken);
    }

    public Task<GraphResult<BookedMeeting>> CreateEventAsync(string organizer, MeetingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TransactionId);
        return RunAsync("createEvent", async client =>
        {
            var zone = Zone;
            var graphEvent = new Event
            {
                Subject = request.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = AgendaHtml(request.Agenda) },
                Start = GraphTime.ToGraph(request.Slot.Start, zone),
                End = GraphTime.ToGraph(request.Slot.End, zone),
                Attendees = [.. request.Attendees.Select(a => new Attendee
                {
                    EmailAddress = new EmailAddress { Address = a.Address, Name = a.Name },
                    Type = a.Required ? AttendeeType.Required : AttendeeType.Optional,
                })],
                TransactionId = request.TransactionId,
                IsOnlineMeeting = request.Online,
                OnlineMeetingProvider = request.Online ? OnlineMeetingProviderType.TeamsForBusiness : null,
                Location = string.IsNullOrWhiteSpace(request.Location) ? null : new Location { DisplayName = request.Location },
                AllowNewTimeProposals = true,
            };
            var created = await client.Users[organizer].Events.PostAsync(graphEvent, cancellationToken: cancellationToken)
                ?? throw new InvalidOperationException("Graph returned no event.");
            if (request.Online && created.OnlineMeeting?.JoinUrl is null && created.Id is not null)
            {
                // The Teams meeting is sometimes attached just after the create returns; one read picks it up.
                created = await client.Users[organizer].Events[created.Id].GetAsync(cancellationToken: cancellationToken) ?? created;
            }

            LogEventCreated(logger, created.Id, request.TransactionId, request.Attendees.Count);
            return ToBooked(created, zone);
        }, cancellationToken);
    }

    public Task<GraphResult<BookedMeeting>> UpdateEventAsync(string organizer, string eventId, MeetingChange change, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentNullException.ThrowIfNull(change);
        return RunAsync("updateEvent", async client =>
        {
            var zone = Zone;
            var patch = new Event
            {
                Start = GraphTime.ToGraph(change.Slot.Start, zone),
                End = GraphTime.ToGraph(change.Slot.End, zone),
            };
            if (!string.IsNullOrWhiteSpace(change.Location))
            {
                patch.Location = new Location { DisplayName = change.Location };
            }

            var updated = await client.Users[organizer].Events[eventId].PatchAsync(patch, cancellationToken: cancellationToken)
                ?? throw new InvalidOperationException("Graph returned no event.");
            LogEventMoved(logger, eventId);
            return ToBooked(updated, zone);
        }, cancellationToken);
    }

    public Task<GraphResult<MeetingCancellation>> CancelEventAsync(string organizer, string eventId, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return RunAsync("cancelEvent", async client =>
        {
            await client.Users[organizer].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment ?? string.Empty }, cancellationToken: cancellationToken);
            LogEventCancelled(logger, eventId);
            return new MeetingCancellation(eventId);
        }, cancellationToken);
    }

    public Task<GraphResult<BookedMeeting>> GetEventAsync(string organizer, string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return RunAsync("getEvent", async client =>
        {
            var found = await client.Users[organizer].Events[eventId].GetAsync(cancellationToken: cancellationToken)
                ?? throw new InvalidOperationException("Graph returned no event.");
            return ToBooked(found, Zone);
        }, cancellationToken);
    }

    /// <summary>Runs one Graph operation and turns every Graph failure into a typed outcome (logged once, here).</summary>
    private async Task<GraphResult<T>> RunAsync<T>(string operation, Func<Microsoft.Graph.GraphServiceClient, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return GraphResult<T>.Ok(await call(clients.Client));
        }
        catch (Exception exception) when (GraphErrors.Classify(exception, cancellationToken) is { } failure)
        {
            if (failure.Outcome is GraphOutcome.Busy or GraphOutcome.Unavailable)
            {
                LogTransientFailure(logger, operation, failure.Outcome, failure.Detail, failure.RetryAfter?.TotalSeconds);
            }
            else if (failure.Outcome == GraphOutcome.NotFound)
            {
                LogNotFound(logger, operation, failure.Detail);
            }
            else
            {
                LogFailure(logger, exception, operation, failure.Outcome, failure.Detail);
            }

            return GraphResult<T>.Fail(failure.Outcome, failure.Detail, failure.RetryAfter);
        }
    }

    private static AttendeeAvailability ToAvailability(string address, ScheduleInformation info, TimeZoneInfo zone)
    {
        if (info.Error is { } error)
        {
            return AttendeeAvailability.Unreadable(address, error.ResponseCode ?? error.Message);
        }

        var periods = (info.ScheduleItems ?? [])
            .Where(item => item.Start is not null && item.End is not null)
            .Select(item => new BusyPeriod(GraphTime.FromGraph(item.Start!, zone), GraphTime.FromGraph(item.End!, zone), ToStatus(item.Status)))
            .OrderBy(p => p.Start)
            .ToList();
        return new AttendeeAvailability(address, periods);
    }

    private static AvailabilityStatus ToStatus(FreeBusyStatus? status) => status switch
    {
        FreeBusyStatus.Free => AvailabilityStatus.Free,
        FreeBusyStatus.Tentative => AvailabilityStatus.Tentative,
        FreeBusyStatus.Busy => AvailabilityStatus.Busy,
        FreeBusyStatus.Oof => AvailabilityStatus.OutOfOffice,
        FreeBusyStatus.WorkingElsewhere => AvailabilityStatus.WorkingElsewhere,
        // An item whose status Graph does not say still occupies the time.
        _ => AvailabilityStatus.Busy,
    };

    private static BookedMeeting ToBooked(Event graphEvent, TimeZoneInfo zone) => new(
        graphEvent.Id ?? throw new InvalidOperationException("Graph returned an event without an id."),
        graphEvent.Subject,
        GraphTime.FromGraph(graphEvent.Start ?? throw new InvalidOperationException("Graph returned an event without a start."), zone),
        GraphTime.FromGraph(graphEvent.End ?? throw new InvalidOperationException("Graph returned an event without an end."), zone),
        graphEvent.OnlineMeeting?.JoinUrl,
        graphEvent.WebLink,
        graphEvent.Location?.DisplayName,
        graphEvent.TransactionId,
        graphEvent.IsCancelled ?? false);

    /// <summary>The agenda as HTML: markup characters in the user's text are escaped, line breaks kept, letters left as they are.</summary>
    internal static string AgendaHtml(string? agenda) =>
        string.IsNullOrWhiteSpace(agenda)
            ? string.Empty
            : string.Join("<br>", agenda.ReplaceLineEndings("\n").Split('\n').Select(EscapeMarkup));

    private static string EscapeMarkup(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph event {EventId} created (transaction {TransactionId}, {AttendeeCount} attendees)")]
    private static partial void LogEventCreated(ILogger logger, string? eventId, string transactionId, int attendeeCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph event {EventId} moved")]
    private static partial void LogEventMoved(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph event {EventId} cancelled")]
    private static partial void LogEventCancelled(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph {Operation} ended {Outcome} after the SDK's retries ({Detail}, Retry-After {RetryAfterSeconds} s)")]
    private static partial void LogTransientFailure(ILogger logger, string operation, GraphOutcome outcome, string detail, double? retryAfterSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph {Operation}: not found ({Detail})")]
    private static partial void LogNotFound(ILogger logger, string operation, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Graph {Operation} failed: {Outcome} ({Detail})")]
    private static partial void LogFailure(ILogger logger, Exception exception, string operation, GraphOutcome outcome, string detail);
}
