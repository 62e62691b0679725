using Consortium.Contracts.Districts.V1;

namespace Consortium.Web.Services;

/// <summary>What each sharing choice means for other members, in plain words (ADR 15 decides it; the services enforce it).</summary>
public static class SharingText
{
    public static readonly SharingPreference[] Choices = [SharingPreference.Named, SharingPreference.Anonymous, SharingPreference.Private];

    public static string Title(SharingPreference preference) => preference switch
    {
        SharingPreference.Named => "Named",
        SharingPreference.Anonymous => "Anonymous",
        SharingPreference.Private => "Private",
        _ => "Not chosen",
    };

    /// <summary>What other member districts will see.</summary>
    public static string OthersSee(SharingPreference preference) => preference switch
    {
        SharingPreference.Named => "Your accepted values, each with your district's name, in comparisons and charts; and your benchmark contacts, so they can ask you about your practice.",
        SharingPreference.Anonymous => "Your accepted values as unnamed points in comparisons and charts, mixed with others, so they can see the spread.",
        SharingPreference.Private => "Only figures for the whole group (medians, quartiles, counts), to which your values contribute.",
        _ => "",
    };

    /// <summary>What other member districts will not see.</summary>
    public static string OthersDoNotSee(SharingPreference preference) => preference switch
    {
        SharingPreference.Named => "Drafts, returned submissions and anything not yet accepted; anything when a group is too small to show.",
        SharingPreference.Anonymous => "Your name, or anything that would identify you (such as your state with your locale); drafts and anything not yet accepted. A figure is withheld when the group is too small, or when it would let someone work your value out.",
        SharingPreference.Private => "Any value of yours on its own, named or not. Consortium staff still see your values to review them.",
        _ => "",
    };
}
