using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Reporting.Packs.Document;

namespace KmIcs.Assurance.Reporting.Tests.Packs;

public class PackContentsTests
{
    [Fact]
    public void An_annual_pack_has_the_summary_changes_goals_each_section_exceptions_data_quality_and_three_appendices()
    {
        var contents = PackContents.For(PackModelSamples.Annual());

        Assert.Equal(
            [
                new("section-executive-summary", "Executive summary"),
                new("section-changes", "What changed since the last pack"),
                new("section-goals", "Goal and purpose indicators"),
                new("section-outcome-1", "Outcome 1: Give children and young people the best start in life"),
                new("section-outcome-3", "Outcome 3: Tackle the wider determinants of health"),
                new("section-enabler-e2", "Enabler E2: A skilled and supported workforce"),
                new("section-exceptions", "Exceptions"),
                new("section-data-quality", "Data quality"),
                new("section-appendix-a", "Appendix A: How each rating is worked out"),
                new("section-appendix-b", "Appendix B: Assurance log"),
                new PackContentsEntry("section-appendix-c", "Appendix C: Glossary"),
            ],
            contents);
    }

    [Fact]
    public void A_deep_dive_has_a_summary_and_no_changes_section()
    {
        var headings = PackContents.For(PackModelSamples.DeepDive()).Select(e => e.Heading);

        Assert.Equal(
            ["Summary", "Outcome 3: Tackle the wider determinants of health", "Exceptions", "Data quality",
             "Appendix A: How each rating is worked out", "Appendix B: Assurance log", "Appendix C: Glossary"],
            headings);
    }

    [Fact]
    public void Section_ids_are_lower_case_letters_digits_and_hyphens_and_never_repeat()
    {
        var model = PackModelSamples.Annual();
        var section = model.Sections[0];
        model = model with
        {
            Sections =
            [
                section with { Number = "3.1 (a)" },
                section with { Number = "3-1-A" },
                section with { Number = "Ë", Kind = OutcomeKind.Enabler },
            ],
        };

        var ids = PackContents.For(model).Select(e => e.Id).ToList();

        Assert.Equal(["section-outcome-3-1-a", "section-outcome-3-1-a-2", "section-enabler"], ids[3..6]);
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }
}
