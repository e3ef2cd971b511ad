using Microsoft.Extensions.Options;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Validation;
using VastbusBot.GraphIntegration;
using VastbusBot.GraphIntegration.Calendar;
using VastbusBot.GraphIntegration.Scheduling;

namespace VastbusBot.Features.Booking;

/// <summary>
/// Books the yearly gathering of an area's local chairs: proposes times from everyone's free/busy, creates the Teams
/// meeting in the organizer's calendar (idempotent per booking), and moves or cancels it. Only the area's
/// coordinators and admins may do any of it. No Graph failure escapes: each becomes a <see cref="BookingResult.Problem"/>.
/// </summary>
public sealed partial class BookingService(
    IOrganisationRegistry registry,
    AttendeeResolver attendees,
    IMeetingSlotFinder slots,
    ICalendarService calendar,
    IGatheringStore store,
    BookingFormValidator validator,
    IOptions<BookingOptions> options,
    IOptions<SchedulingOptions> scheduling,
    IOptions<GraphOptions> graph,
    TimeProvider time,
    ILogger<BookingService> logger)
{
    /// <summary>The transaction ids of gathering events start with this, so they never collide with other bookings.</summary>
    public const string TransactionScope = "vastbus-chairs-gathering";

    private const int SaveAttempts = 3;

    public TimeZoneInfo Zone => scheduling.Value.ResolveTimeZone();

    public int MaxRangeDays => scheduling.Value.MaxRangeDays;

    /// <summary>Today in the scheduling time zone (Europe/Stockholm).</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public OrganisationCatalog Catalog => registry.Catalog;

    /// <summary>False when the Graph settings are missing or invalid (then nothing can be booked).</summary>
    public bool IsCalendarConfigured
    {
        get
        {
            try
            {
                _ = graph.Value;
                return true;
            }
            catch (OptionsValidationException)
            {
                return false;
            }
        }
    }

    /// <summary>The areas <paramref name="actor"/> may book for (all for an admin), or null when none.</summary>
    public async Task<BookingStart?> StartAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        var areas = Catalog.Areas.Where(a => MayBook(roles, a.Id)).ToList();
        if (areas.Count == 0)
        {
            return null;
        }

        var own = areas.FirstOrDefault(a => roles.IsCoordinatorOf(a.Id)) ?? areas[0];
        return new BookingStart(areas, own.Id);
    }

    /// <summary>The form's starting values: the area, a period from two weeks ahead, two hours, online, the usual agenda.</summary>
    public BookingForm DefaultForm(UiLanguage language, string areaId)
    {
        var o = options.Value;
        var from = Today.AddDays(Math.Max(0, o.DefaultStartInDays));
        var to = from.AddDays(Math.Clamp(o.DefaultRangeDays, 1, MaxRangeDays) - 1);
        var duration = BookingFormValidator.Durations.Contains(o.DefaultDurationMinutes) ? o.DefaultDurationMinutes : 120;
        return new BookingForm(
            areaId,
            FormChecker.Iso(from),
            FormChecker.Iso(to),
            duration.ToString(System.Globalization.CultureInfo.InvariantCulture),
            BookingForm.Online,
            null,
            BookingTexts.DefaultAgenda[language]);
    }

    /// <summary>
    /// Validates the form, reads the guests' calendars and proposes 3–5 times, stored as a draft under
    /// <paramref name="bookingId"/>. A booking already made under that id is returned as it is.
    /// </summary>
    public async Task<BookingResult> ProposeAsync(Actor actor, string bookingId, BookingForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(form);
        if (!Guid.TryParse(bookingId, out _))
        {
            return new BookingResult.Refused(BookingTexts.GatheringGone);
        }

        var settings = scheduling.Value;
        var validated = validator.Validate(form, Today, settings.MaxRangeDays, settings.WorkdayEnd - settings.WorkdayStart);
        if (validated.RefusedIdentifiers.Count > 0)
        {
            LogIdentifiersRefused(logger, string.Join(',', validated.RefusedIdentifiers));
        }

        if (!validated.IsValid)
        {
            return new BookingResult.Invalid(validated.Errors);
        }

        var request = validated.Value!;
        if (Catalog.FindArea(request.AreaId) is not { } area)
        {
            return new BookingResult.Invalid([new FieldError(BookingFields.Area, ErrorCodes.InvalidChoice, RecordsText.InvalidChoice)]);
        }

        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (!MayBook(roles, area.Id))
        {
            return new BookingResult.Refused(BookingTexts.OnlyCoordinatorsOfArea.With(area.Name));
        }

        var existing = await store.GetAsync(actor.TenantId, area.Id, bookingId, cancellationToken);
        if (existing is { Status: not GatheringStatus.Draft })
        {
            return new BookingResult.Ok(existing, existing.Status == GatheringStatus.Booked ? BookingTexts.AlreadyBooked : null);
        }

        if (!IsCalendarConfigured)
        {
            return new BookingResult.Problem(BookingTexts.GraphNotConfigured);
        }

        var resolved = await attendees.ResolveAsync(actor, area, cancellationToken);
        if (!resolved.IsSuccess)
        {
            return new BookingResult.Problem(CalendarMessage(resolved.Outcome));
        }

        var guests = resolved.Value;
        if (guests.Booker.Address is not { } bookerAddress)
        {
            return new BookingResult.Problem(BookingTexts.BookerNotInDirectory);
        }

        if (!guests.HasChairs)
        {
            return new BookingResult.Problem(BookingTexts.NoChairs.With(area.Name));
        }

        var organizer = string.IsNullOrWhiteSpace(options.Value.OrganizerMailbox) ? actor.AadObjectId : options.Value.OrganizerMailbox.Trim();
        var others = guests.Attendees.Where(a => a.Role != AttendeeRole.Booker && a.Address is not null).Select(a => a.Address!).ToList();
        var found = await slots.FindAsync(new SlotSearch(organizer, [bookerAddress], others, request.From, request.To, request.Duration), cancellationToken);
        if (!found.IsSuccess)
        {
            return new BookingResult.Problem(CalendarMessage(found.Outcome));
        }

        if (found.Value.Options.Count == 0)
        {
            return new BookingResult.Problem(BookingTexts.NoOptions);
        }

        var now = Stamp(actor);
        var draft = new Gathering(
            bookingId,
            actor.TenantId,
            area.Id,
            request.From.Year,
            GatheringStatus.Draft,
            request,
            organizer,
            bookerAddress,
            guests.Attendees,
            [.. found.Value.Options.Select(ToOption)],
            OptionsForMove: false,
            guests.GroupsWithoutChair,
            Event: null,
            existing?.Created ?? now,
            existing is null ? null : now,
            existing?.ETag);
        var write = await store.SaveAsync(draft, cancellationToken);
        if (write.Outcome == GatheringWriteOutcome.Conflict)
        {
            // A second click on the same form got there first: show what it stored.
            return write.Current is null ? new BookingResult.Refused(BookingTexts.GatheringGone) : new BookingResult.Ok(write.Current);
        }

        LogProposed(logger, bookingId, area.Id, draft.Options.Count, guests.Attendees.Count);
        return new BookingResult.Ok(write.Current!, await AlreadyBookedNoticeAsync(write.Current!, cancellationToken));
    }

    /// <summary>The gathering as stored, for the coordinators of its area and admins.</summary>
    public async Task<BookingResult> GetAsync(Actor actor, string? areaId, string? bookingId, CancellationToken cancellationToken)
    {
        var (gathering, refusal) = await LoadAsync(actor, areaId, bookingId, cancellationToken);
        return refusal ?? new BookingResult.Ok(gathering!);
    }

    /// <summary>
    /// Books the proposed time starting at <paramref name="start"/>: creates the event with a transaction id derived
    /// from the booking, so a second click, a redelivered invoke or a retry after a lost answer gets the same event.
    /// </summary>
    public async Task<BookingResult> BookAsync(Actor actor, string? areaId, string? bookingId, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var (gathering, refusal) = await LoadAsync(actor, areaId, bookingId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var g = gathering!;
        if (g.Status != GatheringStatus.Draft)
        {
            return new BookingResult.Ok(g, g.Status == GatheringStatus.Booked ? BookingTexts.AlreadyBooked : null);
        }

        if (g.OptionsForMove || g.Options.FirstOrDefault(o => o.Start == start) is not { } option)
        {
            return new BookingResult.Problem(BookingTexts.OptionGone, g);
        }

        if (!IsCalendarConfigured)
        {
            return new BookingResult.Problem(BookingTexts.GraphNotConfigured, g);
        }

        var area = Catalog.FindArea(g.AreaId)!;
        var transactionId = TransactionIds.For(TransactionScope, g.TenantId, g.AreaId, g.Id);
        var request = new MeetingRequest(
            BookingTexts.Subject(area.Name.Sv, TimeZoneInfo.ConvertTime(option.Start, Zone).Year),
            new TimeSlot(option.Start, option.End),
            [.. Invitees(g).Select(a => new MeetingAttendee(a.Address!, a.Name))],
            transactionId,
            g.Request.Online,
            g.Request.Location,
            g.Request.Agenda);
        var created = await calendar.CreateEventAsync(g.Organizer, request, cancellationToken);
        if (!created.IsSuccess)
        {
            return new BookingResult.Problem(CalendarMessage(created.Outcome), g);
        }

        var booked = created.Value;
        var gatheringEvent = new GatheringEvent(booked.EventId, booked.Start, booked.End, booked.JoinUrl, booked.WebLink, transactionId);
        var stamp = Stamp(actor);
        var saved = await SaveWithRetryAsync(g, current => current.Status == GatheringStatus.Draft
            ? current with { Status = GatheringStatus.Booked, Event = gatheringEvent, Year = YearOf(booked.Start), Options = [], Updated = stamp }
            : null, cancellationToken);
        if (saved is null)
        {
            return new BookingResult.Refused(BookingTexts.GatheringGone);
        }

        if (saved.Event?.EventId != booked.EventId)
        {
            return new BookingResult.Ok(saved, BookingTexts.AlreadyBooked);
        }

        LogBooked(logger, g.Id, g.AreaId, booked.EventId, request.Attendees.Count);
        return new BookingResult.Ok(saved);
    }

    /// <summary>
    /// Fresh options for moving a booked gathering, in the period typed on the move card, or else the rest of the
    /// last searched period (or, when that has passed, the default period from today).
    /// </summary>
    public async Task<BookingResult> FindMoveOptionsAsync(Actor actor, string? areaId, string? bookingId, string? from, string? to, CancellationToken cancellationToken)
    {
        var (gathering, refusal) = await LoadAsync(actor, areaId, bookingId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var g = gathering!;
        if (g.Status != GatheringStatus.Booked)
        {
            return new BookingResult.Ok(g);
        }

        var today = Today;
        DateOnly start, end;
        if (from is not null || to is not null)
        {
            var period = validator.ValidatePeriod(from, to, today, MaxRangeDays);
            if (!period.IsValid)
            {
                return new BookingResult.Invalid(period.Errors, g);
            }

            (start, end) = (period.Value!.From, period.Value.To);
        }
        else
        {
            start = g.Request.From < today ? today : g.Request.From;
            end = g.Request.To;
            if (end < start)
            {
                end = start.AddDays(Math.Clamp(options.Value.DefaultRangeDays, 1, MaxRangeDays) - 1);
            }
        }

        if (!IsCalendarConfigured)
        {
            return new BookingResult.Problem(BookingTexts.GraphNotConfigured, g);
        }

        var others = Invitees(g).Where(a => a.Role != AttendeeRole.Booker).Select(a => a.Address!).ToList();
        var found = await slots.FindAsync(new SlotSearch(g.Organizer, [g.BookerAddress], others, start, end, g.Request.Duration), cancellationToken);
        if (!found.IsSuccess)
        {
            return new BookingResult.Problem(CalendarMessage(found.Outcome), g);
        }

        var proposals = found.Value.Options.Select(ToOption).ToList();
        var saved = await SaveWithRetryAsync(g, current => current.Status == GatheringStatus.Booked
            ? current with { Options = proposals, OptionsForMove = true, Request = current.Request with { From = start, To = end } }
            : null, cancellationToken);
        if (saved is null)
        {
            return new BookingResult.Refused(BookingTexts.GatheringGone);
        }

        return new BookingResult.Ok(saved, proposals.Count == 0 ? BookingTexts.NoOptions : null);
    }

    /// <summary>Moves the booked event to the move option starting at <paramref name="start"/>; the attendees get the update.</summary>
    public async Task<BookingResult> MoveAsync(Actor actor, string? areaId, string? bookingId, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var (gathering, refusal) = await LoadAsync(actor, areaId, bookingId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var g = gathering!;
        if (g.Status != GatheringStatus.Booked || g.Event is null)
        {
            return new BookingResult.Ok(g);
        }

        if (g.Event.Start == start)
        {
            // A second click on the same option: it has moved already.
            return new BookingResult.Ok(g, BookingTexts.Moved);
        }

        if (!g.OptionsForMove || g.Options.FirstOrDefault(o => o.Start == start) is not { } option)
        {
            return new BookingResult.Problem(BookingTexts.OptionGone, g);
        }

        if (!IsCalendarConfigured)
        {
            return new BookingResult.Problem(BookingTexts.GraphNotConfigured, g);
        }

        var updated = await calendar.UpdateEventAsync(g.Organizer, g.Event.EventId, new MeetingChange(new TimeSlot(option.Start, option.End)), cancellationToken);
        if (updated.Outcome == GraphOutcome.NotFound)
        {
            return await MarkCancelledAsync(actor, g, BookingTexts.EventGone, cancellationToken);
        }

        if (!updated.IsSuccess)
        {
            return new BookingResult.Problem(CalendarMessage(updated.Outcome), g);
        }

        var moved = updated.Value;
        var stamp = Stamp(actor);
        var saved = await SaveWithRetryAsync(g, current => current.Status == GatheringStatus.Booked && current.Event is not null
            ? current with
            {
                Event = current.Event with { Start = moved.Start, End = moved.End, JoinUrl = moved.JoinUrl ?? current.Event.JoinUrl, WebLink = moved.WebLink ?? current.Event.WebLink },
                Year = YearOf(moved.Start),
                Options = [],
                OptionsForMove = false,
                Updated = stamp,
            }
            : null, cancellationToken);
        if (saved is null)
        {
            return new BookingResult.Refused(BookingTexts.GatheringGone);
        }

        LogMoved(logger, g.Id, g.AreaId, g.Event.EventId);
        return new BookingResult.Ok(saved, BookingTexts.Moved);
    }

    /// <summary>Cancels the booked event (the attendees are told) and marks the gathering cancelled.</summary>
    public async Task<BookingResult> CancelAsync(Actor actor, string? areaId, string? bookingId, CancellationToken cancellationToken)
    {
        var (gathering, refusal) = await LoadAsync(actor, areaId, bookingId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var g = gathering!;
        if (g.Status != GatheringStatus.Booked || g.Event is null)
        {
            return new BookingResult.Ok(g);
        }

        if (!IsCalendarConfigured)
        {
            return new BookingResult.Problem(BookingTexts.GraphNotConfigured, g);
        }

        var cancelled = await calendar.CancelEventAsync(g.Organizer, g.Event.EventId, BookingTexts.CancelComment, cancellationToken);
        if (!cancelled.IsSuccess && cancelled.Outcome != GraphOutcome.NotFound)
        {
            return new BookingResult.Problem(CalendarMessage(cancelled.Outcome), g);
        }

        // NotFound: already cancelled (a second click, or in Outlook); either way it is off the calendar.
        LogCancelled(logger, g.Id, g.AreaId, g.Event.EventId);
        return await MarkCancelledAsync(actor, g, null, cancellationToken);
    }

    /// <summary>The message for a calendar failure: "try again in a moment" when Graph is busy, a setup hint when it is not configured.</summary>
    public static LocalizedText CalendarMessage(GraphOutcome outcome) => outcome == GraphOutcome.NotConfigured
        ? BookingTexts.GraphNotConfigured
        : new LocalizedText(GraphMessages.For(outcome, english: false), GraphMessages.For(outcome, english: true));

    internal static bool MayBook(UserRoles roles, string areaId) => roles.IsAdmin || roles.IsCoordinatorOf(areaId);

    private async Task<BookingResult> MarkCancelledAsync(Actor actor, Gathering g, LocalizedText? notice, CancellationToken cancellationToken)
    {
        var stamp = Stamp(actor);
        var saved = await SaveWithRetryAsync(g, current => current.Status == GatheringStatus.Cancelled
            ? null
            : current with { Status = GatheringStatus.Cancelled, Options = [], OptionsForMove = false, Updated = stamp }, cancellationToken);
        return saved is null ? new BookingResult.Refused(BookingTexts.GatheringGone) : new BookingResult.Ok(saved, notice);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored gathering and saves it under its ETag, re-reading and
    /// re-applying when someone saved in between. <paramref name="change"/> returns null when the gathering as it now
    /// is needs no change (another click did it); then that version is returned. Null when the gathering is gone.
    /// </summary>
    private async Task<Gathering?> SaveWithRetryAsync(Gathering read, Func<Gathering, Gathering?> change, CancellationToken cancellationToken)
    {
        var current = read;
        for (var attempt = 0; attempt < SaveAttempts; attempt++)
        {
            if (change(current) is not { } next)
            {
                return current;
            }

            var write = await store.SaveAsync(next, cancellationToken);
            if (write.Outcome == GatheringWriteOutcome.Saved)
            {
                return write.Current;
            }

            if (write.Current is null)
            {
                return null;
            }

            current = write.Current;
        }

        return await store.GetAsync(read.TenantId, read.AreaId, read.Id, cancellationToken);
    }

    private async Task<(Gathering? Gathering, BookingResult? Refusal)> LoadAsync(Actor actor, string? areaId, string? bookingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Catalog.FindArea(areaId) is not { } area || string.IsNullOrWhiteSpace(bookingId))
        {
            return (null, new BookingResult.Refused(BookingTexts.GatheringGone));
        }

        var roles = await registry.GetRolesAsync(actor.TenantId, actor.AadObjectId, cancellationToken);
        if (!MayBook(roles, area.Id))
        {
            return (null, new BookingResult.Refused(BookingTexts.OnlyCoordinatorsOfArea.With(area.Name)));
        }

        var gathering = await store.GetAsync(actor.TenantId, area.Id, bookingId, cancellationToken);
        return gathering is null ? (null, new BookingResult.Refused(BookingTexts.GatheringGone)) : (gathering, null);
    }

    /// <summary>A note when the area already has another gathering booked in the draft's year.</summary>
    private async Task<LocalizedText?> AlreadyBookedNoticeAsync(Gathering draft, CancellationToken cancellationToken)
    {
        var other = (await store.ListAsync(draft.TenantId, draft.AreaId, draft.Year, cancellationToken))
            .Where(g => g.Id != draft.Id && g.Status == GatheringStatus.Booked && g.Event is not null)
            .OrderBy(g => g.Event!.Start)
            .FirstOrDefault();
        return other is null ? null : BookingTexts.AlreadyBookedThisYear.With(Catalog.FindArea(draft.AreaId)!.Name, BookingFormat.When(other.Event!.Start, other.Event.End, Zone));
    }

    /// <summary>Who gets an invitation: everyone with an address, except the organizer, who owns the event.</summary>
    private static IEnumerable<GatheringAttendee> Invitees(Gathering g) =>
        g.Reachable.Where(a => !string.Equals(a.AadObjectId, g.Organizer, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(a.Address, g.Organizer, StringComparison.OrdinalIgnoreCase));

    private static GatheringOption ToOption(SlotProposal p) => new(p.Start, p.End, p.Busy, p.Unknown);

    private int YearOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).Year;

    private Stamp Stamp(Actor actor) => new(actor.AadObjectId, actor.Name, time.GetUtcNow());

    [LoggerMessage(Level = LogLevel.Information, Message = "Gathering {BookingId} in {AreaId}: {Options} options proposed for {Attendees} attendees")]
    private static partial void LogProposed(ILogger logger, string bookingId, string areaId, int options, int attendees);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gathering {BookingId} in {AreaId} booked as event {EventId} with {Invitees} invitees")]
    private static partial void LogBooked(ILogger logger, string bookingId, string areaId, string eventId, int invitees);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gathering {BookingId} in {AreaId} moved (event {EventId})")]
    private static partial void LogMoved(ILogger logger, string bookingId, string areaId, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gathering {BookingId} in {AreaId} cancelled (event {EventId})")]
    private static partial void LogCancelled(ILogger logger, string bookingId, string areaId, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking form refused identifiers of kinds {Kinds}")]
    private static partial void LogIdentifiersRefused(ILogger logger, string kinds);
}
