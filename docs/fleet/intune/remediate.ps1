<#
  Intune remediation, remediation script: applies the fixes for the checks that failed.
  It runs every check a fix addresses, picks the fixes for those that failed (gentlest first), applies each with its
  journal (a failed step rolls the fix back) and checks again. Exit 0 when what failed was fixed, 1 otherwise; the last
  line of standard output says what was done ("post-remediation" output in the admin center). Run it as SYSTEM: the
  fixes need elevation.
#>
$ErrorActionPreference = 'Continue'
$wutk = Join-Path $env:ProgramFiles 'wutk\wutk.exe'
$folder = Join-Path $env:ProgramData 'wutk'
$log = Join-Path $folder 'remediate.log'
New-Item -ItemType Directory -Force -Path $folder | Out-Null

if (-not (Test-Path -LiteralPath $wutk)) {
    Write-Output "wutk is not installed at $wutk"
    exit 1
}

$line = & $wutk fix --for-failed --yes --intune 2>> $log
$code = $LASTEXITCODE
$line | Select-Object -Last 1 | Write-Output
exit $code
