using System.Globalization;
using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Booking;

/// <summary>The booking form as typed: dates as Input.Date sends them (yyyy-MM-dd), choices as codes.</summary>
public sealed record BookingForm(string? AreaId, string? From, string? To, string? DurationMinutes, string? Mode, string? Location, string? Agenda)
{
    public const string Online = "online";
    public const string OnSite = "onsite";
}

/// <summary>A validated search period (inclusive dates).</summary>
public sealed record SearchPeriod(DateOnly From, DateOnly To);

/// <summary>Input ids of the booking cards; <see cref="FieldError.Field"/> uses the same names.</summary>
public static class BookingFields
{
    public const string Area = "area";
    public const string From = "from";
    public const string To = "to";
    public const string Duration = "duration";
    public const string Mode = "mode";
    public const string Location = "location";
    public const string Agenda = "agenda";
}

/// <summary>
/// Checks the booking form: a known area, a period from today at most a year ahead and at most the getSchedule
/// limit long, a duration from the offered list that fits in a working day, a place when in person, and the
/// identifier check on the free text (place and agenda).
/// </summary>
public sealed class BookingFormValidator(PersonalIdentifierDetector detector)
{
    public const int MaxLocationLength = 200;
    public const int MaxAgendaLength = 2000;

    /// <summary>The lengths offered, in minutes.</summary>
    public static readonly IReadOnlyList<int> Durations = [60, 90, 120, 150, 180, 240];

    /// <param name="form">What was typed.</param>
    /// <param name="today">Today in Europe/Stockholm.</param>
    /// <param name="maxRangeDays">The longest period (Scheduling:MaxRangeDays).</param>
    /// <param name="workday">The working day's length (no slot can be longer).</param>
    public Validated<GatheringRequest> Validate(BookingForm form, DateOnly today, int maxRangeDays, TimeSpan workday)
    {
        ArgumentNullException.ThrowIfNull(form);
        var check = new FormChecker(detector);
        var area = string.IsNullOrWhiteSpace(form.AreaId) ? null : form.AreaId.Trim();
        if (area is null)
        {
            check.Add(BookingFields.Area, ErrorCodes.Required, RecordsText.Required);
        }

        var (from, to) = ValidatePeriod(check, form.From, form.To, today, maxRangeDays);

        int? duration = null;
        if (string.IsNullOrWhiteSpace(form.DurationMinutes))
        {
            check.Add(BookingFields.Duration, ErrorCodes.Required, RecordsText.Required);
        }
        else if (!int.TryParse(form.DurationMinutes.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || !Durations.Contains(minutes) || TimeSpan.FromMinutes(minutes) > workday)
        {
            check.Add(BookingFields.Duration, ErrorCodes.InvalidChoice, RecordsText.InvalidChoice);
        }
        else
        {
            duration = minutes;
        }

        var online = form.Mode?.Trim() switch
        {
            null or "" or BookingForm.Online => true,
            BookingForm.OnSite => false,
            _ => (bool?)null,
        };
        if (online is null)
        {
            check.Add(BookingFields.Mode, ErrorCodes.InvalidChoice, RecordsText.InvalidChoice);
        }

        var location = check.Text(BookingFields.Location, form.Location, MaxLocationLength, required: false);
        if (online == false && location is null)
        {
            check.Add(BookingFields.Location, ErrorCodes.Required, BookingTexts.LocationRequired);
        }

        var agenda = check.Text(BookingFields.Agenda, form.Agenda, MaxAgendaLength, required: false);

        return check.HasErrors || area is null || from is null || to is null || duration is null || online is null
            ? new Validated<GatheringRequest>(null, check.Errors, check.IdentifierKinds)
            : new Validated<GatheringRequest>(new GatheringRequest(area, from.Value, to.Value, duration.Value, online.Value, location, agenda), [], check.IdentifierKinds);
    }

    /// <summary>A search period on its own (the move card's): see <see cref="Validate"/>.</summary>
    public Validated<SearchPeriod> ValidatePeriod(string? from, string? to, DateOnly today, int maxRangeDays)
    {
        var check = new FormChecker(detector);
        var (f, t) = ValidatePeriod(check, from, to, today, maxRangeDays);
        return check.HasErrors || f is null || t is null
            ? new Validated<SearchPeriod>(null, check.Errors, [])
            : new Validated<SearchPeriod>(new SearchPeriod(f.Value, t.Value), [], []);
    }

    /// <summary>The search period (also for moving): both dates valid, from today, at most a year ahead, at most <paramref name="maxRangeDays"/> long.</summary>
    internal static (DateOnly? From, DateOnly? To) ValidatePeriod(FormChecker check, string? fromText, string? toText, DateOnly today, int maxRangeDays)
    {
        var from = ParseDate(check, BookingFields.From, fromText, today);
        var to = ParseDate(check, BookingFields.To, toText, today);
        if (from is { } f && f < today)
        {
            check.Add(BookingFields.From, ErrorCodes.TooOld, BookingTexts.FromInPast.With(FormChecker.Iso(today)));
            return (null, null);
        }

        if (from is { } late && late > today.AddYears(1))
        {
            check.Add(BookingFields.From, ErrorCodes.InvalidDate, BookingTexts.FromTooLate.With(FormChecker.Iso(today.AddYears(1))));
            return (null, null);
        }

        if (from is { } a && to is { } b)
        {
            if (b < a)
            {
                check.Add(BookingFields.To, ErrorCodes.InvalidDate, BookingTexts.ToBeforeFrom);
                return (null, null);
            }

            if (b.DayNumber - a.DayNumber + 1 > maxRangeDays)
            {
                check.Add(BookingFields.To, ErrorCodes.InvalidDate, BookingTexts.RangeTooLong.With(maxRangeDays));
                return (null, null);
            }
        }

        return (from, to);
    }

    private static DateOnly? ParseDate(FormChecker check, string field, string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            check.Add(field, ErrorCodes.Required, RecordsText.Required);
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), FormChecker.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            check.Add(field, ErrorCodes.InvalidDate, RecordsText.InvalidDate.With(FormChecker.Iso(today)));
            return null;
        }

        return date;
    }
}
