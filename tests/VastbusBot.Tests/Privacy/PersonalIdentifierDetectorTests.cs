using VastbusBot.Features.Privacy;

namespace VastbusBot.Tests.Privacy;

public sealed class PersonalIdentifierDetectorTests
{
    private static readonly PersonalIdentifierDetector Detector = new();

    private static readonly IdentifierKind[] IdentityKinds = [IdentifierKind.PersonalIdentityNumber, IdentifierKind.CoordinationNumber];

    public static TheoryData<IdFormat> Formats() => [.. Enum.GetValues<IdFormat>()];

    [Fact]
    public void Find_TolvanTolvansson_TheWellKnownTestNumber_IsFoundInEveryForm()
    {
        // 121212-1212 is Skatteverket's classic example; its check digit is 2.
        Assert.Equal(2, IdentityNumbers.CheckDigit("121212121"));
        foreach (var text in new[] { "121212-1212", "1212121212", "19121212-1212", "191212121212" })
        {
            var finding = Assert.Single(Detector.Find($"Barnet ({text}) kom inte."));
            Assert.Equal(IdentifierKind.PersonalIdentityNumber, finding.Kind);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Find_ValidPersonnummer_EveryFormat_IsFoundWithItsPosition(IdFormat format)
    {
        var number = IdentityNumbers.For(new DateOnly(2011, 3, 14), 382, format);
        var text = $"Mötet gällde {number} och familjen.";

        var finding = Assert.Single(Detector.Find(text));

        Assert.Equal(IdentifierKind.PersonalIdentityNumber, finding.Kind);
        Assert.Equal(text.IndexOf(number, StringComparison.Ordinal), finding.Index);
        Assert.Equal(number.Length, finding.Length);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Find_ValidSamordningsnummer_IsReportedAsCoordinationNumber(IdFormat format)
    {
        var number = IdentityNumbers.For(new DateOnly(2009, 8, 31), 117, format, coordination: true);

        var finding = Assert.Single(Detector.Find("Samordningsnummer " + number));

        Assert.Equal(IdentifierKind.CoordinationNumber, finding.Kind);
    }

    [Fact]
    public void Find_SixHundredGeneratedValidNumbers_AreAllFoundWithTheRightKind()
    {
        foreach (var (number, coordination) in IdentityNumbers.Samples(600, seed: 4711))
        {
            var findings = Detector.Find($"Avser {number}, se bilaga.");

            var finding = Assert.Single(findings);
            Assert.Equal(coordination ? IdentifierKind.CoordinationNumber : IdentifierKind.PersonalIdentityNumber, finding.Kind);
        }
    }

    [Fact]
    public void Find_GeneratedNumbersWithAWrongCheckDigit_AreNotIdentityNumbers()
    {
        foreach (var (number, _) in IdentityNumbers.Samples(120, seed: 1337))
        {
            foreach (var wrong in IdentityNumbers.WithWrongCheckDigits(number))
            {
                Assert.DoesNotContain(Detector.Find($"Avser {wrong}."), f => IdentityKinds.Contains(f.Kind));
            }
        }
    }

    [Theory]
    [InlineData(2010, 13, 1)] // month 13
    [InlineData(2010, 0, 10)] // month 00
    [InlineData(2010, 4, 31)] // 31 April
    [InlineData(2010, 2, 30)] // 30 February
    [InlineData(2010, 5, 0)] // day 00
    [InlineData(2010, 5, 32)] // day 32
    [InlineData(2010, 5, 92)] // samordningsnummer day 32
    [InlineData(2010, 4, 91)] // samordningsnummer 31 April
    [InlineData(1999, 2, 29)] // not a leap year (12 digits)
    [InlineData(2021, 21, 15)] // organisation numbers have month 20 or more
    public void Find_ChecksumRightButDateImpossible_IsNotAnIdentityNumber(int year, int month, int day)
    {
        foreach (var format in new[] { IdFormat.TenDash, IdFormat.TwelveDash, IdFormat.Twelve })
        {
            var number = IdentityNumbers.Raw(year, month, day, 123, format);

            Assert.DoesNotContain(Detector.Find("Nummer " + number), f => IdentityKinds.Contains(f.Kind));
        }
    }

    [Fact]
    public void Find_LeapDay_IsValidInALeapYear()
    {
        Assert.Single(Detector.Find(IdentityNumbers.Raw(2012, 2, 29, 456, IdFormat.TwelveDash)));

        // Without a century 000229 can be 2000-02-29 (a leap day), so it counts.
        Assert.Single(Detector.Find(IdentityNumbers.Raw(2000, 2, 29, 456, IdFormat.TenDash)));
    }

    [Theory]
    [InlineData("1912121212121")] // 13 digits
    [InlineData("91212121212")] // 11 digits
    [InlineData("1212-121212")] // separator in the wrong place
    [InlineData("12121-21212")]
    [InlineData("171212121212")] // 12 digits with an impossible century
    public void Find_WrongShape_IsNotAnIdentityNumber(string value) =>
        Assert.DoesNotContain(Detector.Find($"Ärende {value}."), f => IdentityKinds.Contains(f.Kind));

    [Fact]
    public void Find_ValidNumberGluedToOtherDigits_IsNotAnIdentityNumber()
    {
        var number = IdentityNumbers.For(new DateOnly(2010, 6, 1), 234, IdFormat.Ten);

        Assert.DoesNotContain(Detector.Find("ref 9" + number + "9"), f => IdentityKinds.Contains(f.Kind));
    }

    [Fact]
    public void Find_ValidNumberNextToLettersAndPunctuation_IsFound()
    {
        var number = IdentityNumbers.For(new DateOnly(2015, 11, 2), 88, IdFormat.TwelveDash);

        Assert.Single(Detector.Find($"pnr:{number}."));
        Assert.Single(Detector.Find($"({number})"));
        Assert.Single(Detector.Find($"\"{number}\""));
    }

    [Theory]
    [InlineData("Mötet hölls 2024-05-12 kl. 13.00–15.30.")]
    [InlineData("Vi träffades 12/5 2024 och 2024/05/12.")]
    [InlineData("Möte den 05 12 2024.")]
    [InlineData("Möte den 01-02-2024 och 02-03-2024.")]
    [InlineData("Under 2023 hölls 6 möten och 2024 hölls 11.")]
    [InlineData("År 2019 2020 2021 2022 2023.")]
    [InlineData("Enligt SFS 2001:453 och SFS 2009:981 ska socialnämnden samverka.")]
    [InlineData("Kostnaden var 1 250 000 kr, varav 250 000 kr för skola.")]
    [InlineData("Beloppet 12 500 000,50 kronor.")]
    [InlineData("Diarienummer KS 2024/0123 och SN 2023-0456.")]
    [InlineData("Organisationsnummer 232100-0131.")]
    [InlineData("Mötet pågick kl 08-12 och 13-16.")]
    [InlineData("Tre veckor, 21 dagar, 0,5 tjänst.")]
    [InlineData("Avvikelser 2024: 14 st, varav 3 eskalerade.")]
    [InlineData("Tidsperiod 20240101-20241231.")]
    [InlineData("Ring 112 eller 1177 vid behov.")]
    [InlineData("Version 2.0.1, avsnitt 7.3 och kapitel 5 1 d §.")]
    public void Find_OrdinaryRecordText_HasNoFindings(string text) => Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("070-123 45 67")]
    [InlineData("0701234567")]
    [InlineData("070 123 45 67")]
    [InlineData("070-1234567")]
    [InlineData("073-987 65 43")]
    [InlineData("076 - 555 12 34")]
    [InlineData("+46 70 123 45 67")]
    [InlineData("+46701234567")]
    [InlineData("+46 (0)70-123 45 67")]
    [InlineData("0046 70 123 45 67")]
    [InlineData("031-123 45 67")]
    [InlineData("031 12 34 56")]
    [InlineData("08-123 456 78")]
    [InlineData("0520-47 00 00")]
    [InlineData("+46 31 12 34 56")]
    [InlineData("0311234567")]
    public void Find_SwedishPhoneNumbers_AreFound(string phone)
    {
        var text = $"Ring mig på {phone} i morgon.";

        var finding = Assert.Single(Detector.Find(text));

        Assert.Contains(finding.Kind, new[] { IdentifierKind.PhoneNumber, IdentifierKind.PersonalIdentityNumber });
        Assert.Equal(text.IndexOf(phone, StringComparison.Ordinal), finding.Index);
        Assert.Equal(phone.Length, finding.Length);
    }

    [Fact]
    public void Find_PhoneNumberFollowedByAYear_StopsAtTheNumber()
    {
        var finding = Assert.Single(Detector.Find("Tel 070-123 45 67 2024 års kontakt"));

        Assert.Equal(IdentifierKind.PhoneNumber, finding.Kind);
        Assert.Equal("070-123 45 67".Length, finding.Length);
    }

    [Theory]
    [InlineData("Tel:031-123 45 67")]
    [InlineData("Mobil: 0709-12 34 56")]
    [InlineData("tel.08-123 456 78")]
    public void Find_PhoneNumberAfterALabel_IsFound(string text) =>
        Assert.Equal(IdentifierKind.PhoneNumber, Assert.Single(Detector.Find(text)).Kind);

    [Theory]
    [InlineData("anna.svensson@vgregion.se")]
    [InlineData("a.b+c@kommun.goteborg.se")]
    [InlineData("åsa.öberg@mölndal.se")]
    [InlineData("FIRST_LAST@Example.COM")]
    public void Find_EmailAddresses_AreFound(string email)
    {
        var text = $"Skicka till {email}, tack.";

        var finding = Assert.Single(Detector.Find(text));

        Assert.Equal(IdentifierKind.EmailAddress, finding.Kind);
        Assert.Equal(email, text.Substring(finding.Index, finding.Length));
    }

    [Theory]
    [InlineData("Nämn @Västbusbot i kanalen.")]
    [InlineData("Adressen user@localhost fungerar inte.")]
    [InlineData("Skriv foo @ bar.se med mellanslag.")]
    public void Find_AtSignsThatAreNotAddresses_HaveNoFindings(string text) => Assert.Empty(Detector.Find(text));

    [Fact]
    public void Find_SeveralIdentifiers_AreReturnedInTextOrderAndNeverOverlap()
    {
        var pnr = IdentityNumbers.For(new DateOnly(2008, 1, 9), 555, IdFormat.TenDash);
        var text = $"Mejla a@b.se eller ring 070-111 22 33 om {pnr}.";

        var findings = Detector.Find(text);

        Assert.Equal([IdentifierKind.EmailAddress, IdentifierKind.PhoneNumber, IdentifierKind.PersonalIdentityNumber], findings.Select(f => f.Kind));
        for (var i = 1; i < findings.Count; i++)
        {
            Assert.True(findings[i - 1].Index + findings[i - 1].Length <= findings[i].Index);
        }
    }

    [Fact]
    public void Finding_MaskedValueAndExcerpt_NeverShowTheWholeNumber()
    {
        var pnr = IdentityNumbers.For(new DateOnly(2013, 7, 21), 904, IdFormat.TwelveDash);
        var text = $"Ärendet rör flickan med personnummer {pnr} som går i årskurs 4 på skolan.";

        var finding = Assert.Single(Detector.Find(text));

        Assert.Equal(pnr[..2] + "******-****", finding.Masked);
        Assert.DoesNotContain(pnr, finding.MaskedExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(pnr[2..8], finding.MaskedExcerpt, StringComparison.Ordinal);
        Assert.Contains("personnummer " + finding.Masked + " som", finding.MaskedExcerpt, StringComparison.Ordinal);
        Assert.StartsWith("…", finding.MaskedExcerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", finding.MaskedExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_ToString_IsSafeForLogs()
    {
        var finding = Assert.Single(Detector.Find("Kontakta Kalle Karlsson på kalle.karlsson@skolan.se i dag."));

        Assert.Equal("EmailAddress k***@***.se", finding.ToString());
        Assert.DoesNotContain("Kalle", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_Excerpt_MasksOtherIdentifiersNearby()
    {
        var text = "Ring 070-123 45 67 eller 031-765 43 21";

        var findings = Detector.Find(text);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.DoesNotContain("123 45 67", f.MaskedExcerpt, StringComparison.Ordinal);
            Assert.DoesNotContain("765 43 21", f.MaskedExcerpt, StringComparison.Ordinal);
        });
        Assert.Equal("07*-*** ** **", findings[0].Masked);
    }

    [Fact]
    public void Find_ExcerptCollapsesLineBreaks()
    {
        var finding = Assert.Single(Detector.Find("Rad ett\n\nring 0701234567\r\nrad tre"));

        Assert.DoesNotContain('\n', finding.MaskedExcerpt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Find_NothingToCheck_NoFindings(string? text)
    {
        Assert.Empty(Detector.Find(text));
        Assert.False(Detector.ContainsIdentifier(text));
    }
}
