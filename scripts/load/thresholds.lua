-- Threshold checks, signed in: the seven request shapes of LoadTest.THRESHOLDS (cumulative needs,
-- non-mobile injury, trigger trio without consent, pre-birth, exploitation, early help, escalation)
-- in turn, each with its own case reference. Every answer is a durable audit write.
-- LOAD_MIX=all adds notifications and reviews (70/15/15, as the JMH benchmarks and LoadTest).
dofile("scripts/load/report.lua")

local thresholds = {
   '{"partnership":"devon","asAt":"2026-11-20","caseReference":"LT-%s","reporter":{"role":"EDUCATION"},"child":{"ageMonths":100},"indicators":["EDUCATION_ATTENDANCE_DIPPING","DEVELOPMENT_DELAY","LOW_INCOME"],"circumstances":{"consent":"GIVEN"}}',
   '{"partnership":"derby-derbyshire","area":"derbyshire","asAt":"2026-11-20","caseReference":"LT-%s","reporter":{"role":"HEALTH"},"child":{"ageMonths":4,"independentlyMobile":false},"indicators":["INJURY_NON_MOBILE_CHILD"]}',
   '{"partnership":"torbay","asAt":"2026-11-20","caseReference":"LT-%s","reporter":{"role":"POLICE"},"child":{"ageMonths":60},"indicators":["DOMESTIC_ABUSE_ONGOING","PARENT_MENTAL_HEALTH_IMPACT","PARENT_SUBSTANCE_EMERGING"],"circumstances":{"consent":"REFUSED"},"strengths":["Grandmother provides daily care"]}',
   '{"partnership":"south-gloucestershire","asAt":"2026-11-20","caseReference":"LT-%s","reporter":{"role":"HEALTH"},"child":{"unborn":true,"gestationWeeks":20},"indicators":["PREVIOUS_CHILD_REMOVED","ANTENATAL_CARE_MISSED"]}',
   '{"partnership":"plymouth","asAt":"2026-11-20","caseReference":"LT-%s","reporter":{"role":"EDUCATION"},"child":{"ageMonths":170},"indicators":["EXPLOITATION_CRIMINAL","MISSING_REPEATED"]}',
   '{"partnership":"devon","asAt":"2026-11-20","caseReference":"LT-%s","reporter":{"role":"EDUCATION"},"child":{"ageMonths":80},"indicators":["YOUNG_CARER"],"circumstances":{"consent":"GIVEN"}}',
   '{"partnership":"derby-derbyshire","area":"derby","asAt":"2026-11-20","caseReference":"LT-%s","reporter":{"role":"SOCIAL_CARE"},"child":{"ageMonths":130},"indicators":["PARENT_NON_ENGAGEMENT_WITH_PLAN","CARE_ERRATIC_WITH_IMPACT"],"circumstances":{"earlyHelpPlanWithoutProgress":true,"consent":"GIVEN"}}',
}
local notification = '{"partnership":"devon","asAt":"2026-11-20","caseReference":"LN-%s","child":{"ageYears":3},"incident":{"outcome":"SERIOUSLY_HARMED","abuseOrNeglect":"SUSPECTED","location":"IN_AREA","setting":"FAMILY_HOME","incidentDate":"2026-11-02","localAuthorityAwareDate":"2026-11-03"}}'
local review = '{"partnership":"south-gloucestershire","asAt":"2026-11-20","caseReference":"LR-%s","case":{"abuseOrNeglect":"KNOWN","outcome":"DIED"},"dates":{"partnersAwareDate":"2026-10-26"},"criteria":{"improvementsNeeded":"YES","recurrentThemes":"MAYBE","multiAgencyWorkingConcerns":"YES","singleAgencyConcern":"NO"},"partnerViews":[{"partner":"LOCAL_AUTHORITY","view":"LOCAL_CSPR"},{"partner":"HEALTH","view":"LOCAL_CSPR"},{"partner":"POLICE","view":"NO_FURTHER_REVIEW"}]}'
local all = os.getenv("LOAD_MIX") == "all"

local counter = 0
local threads = 0

function setup(thread)
   threads = threads + 1
   thread:set("tid", threads)
end

function init(args)
   tid = tid or 1
end

function request()
   counter = counter + 1
   local ref = "T" .. tid .. "N" .. counter
   local headers = { ["Authorization"] = auth, ["Content-Type"] = "application/json" }
   local pick = counter % 20
   if all and pick >= 14 then
      if pick < 17 then
         return wrk.format("POST", "/api/v1/notification-assessments", headers, string.format(notification, ref))
      end
      return wrk.format("POST", "/api/v1/review-assessments", headers, string.format(review, ref))
   end
   return wrk.format("POST", "/api/v1/threshold-assessments", headers, string.format(thresholds[counter % #thresholds + 1], ref))
end
