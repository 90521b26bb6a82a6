using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.UnitTests.Web;

/// <summary>Passwords attackers try first are refused (OWASP ASVS 6.2.4); a long phrase is welcome.</summary>
public sealed class CommonPasswords
{
    [Theory]
    [InlineData("password")]
    [InlineData("PASSWORD")]
    [InlineData("password1234")]
    [InlineData("password1234!")]
    [InlineData("!!password2020")]
    [InlineData("1234567890")]
    [InlineData("qwerty123456")]
    [InlineData("iloveyou!!!!")]
    public void CommonPasswordsAndPaddedOnesAreWeak(string password) =>
        Assert.True(CommonPasswordValidator.IsWeak(password));

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abcabcabcabc")]
    [InlineData("121212121212")]
    [InlineData("abcdabcdabcd")]
    public void RepeatedRunsAreWeak(string password) =>
        Assert.True(CommonPasswordValidator.IsWeak(password));

    [Theory]
    [InlineData("tanaka.hanako", "tanaka.hanako@example.jp")]
    [InlineData("Tanaka.Hanako2020", "tanaka.hanako@example.jp")]
    [InlineData("my tanaka.hanako@example.jp", "tanaka.hanako@example.jp")]
    public void ThePersonsOwnEmailIsWeak(string password, string email) =>
        Assert.True(CommonPasswordValidator.IsWeak(password, email));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("hokusai-wave-over-kanagawa")]
    [InlineData("東京と全国の伝統工芸を結ぶ")]
    public void ALongPhraseIsNotWeak(string password) =>
        Assert.False(CommonPasswordValidator.IsWeak(password, "tanaka.hanako@example.jp"));

    [Fact]
    public void AShortLocalPartIsNotHeldAgainstThePassword() =>
        Assert.False(CommonPasswordValidator.IsWeak("correct horse battery staple", "bat@example.jp"));
}
