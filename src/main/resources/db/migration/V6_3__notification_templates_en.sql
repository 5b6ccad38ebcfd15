-- English templates for the applicant's messages, sent to those who chose English on their account page
-- (a trigger or channel without an English template is sent in Vietnamese). Administrators edit them on
-- /quan-tri/thong-bao/mau like the Vietnamese ones.
insert into notification.template (trigger, channel, language, version, subject, body) values
('RECEIVED', 'EMAIL', 'en', 1, 'Dossier {dossierCode} received', 'Dear {applicant},

{centerName} has received your dossier "{procedure}".
Dossier code: {dossierCode}
Appointment for the result: {appointment}

Follow your dossier: {trackingLink}

{centerName}
{centerAddress}
Hotline: {hotline}'),
('RECEIVED', 'SMS', 'en', 1, null, 'Dossier {dossierCode} received. Result expected {appointment}. Track: {trackingLink}'),
('RECEIVED', 'IN_APP', 'en', 1, 'Dossier {dossierCode} received', 'Your dossier "{procedure}" was received. Result expected {appointment}.'),
('SUPPLEMENT_REQUESTED', 'EMAIL', 'en', 1, 'Dossier {dossierCode}: more documents needed', 'Dear {applicant},

Your dossier "{procedure}" (code {dossierCode}) needs the following:
{missing}

Please supply them so that your dossier can be processed further. Track: {trackingLink}

{centerName}
{centerAddress}
Hotline: {hotline}'),
('SUPPLEMENT_REQUESTED', 'SMS', 'en', 1, null, 'Dossier {dossierCode} needs: {missing}. Details: {trackingLink}'),
('SUPPLEMENT_REQUESTED', 'IN_APP', 'en', 1, 'Dossier {dossierCode}: more documents needed', 'Needed: {missing}'),
('SUPPLEMENT_RECEIVED', 'EMAIL', 'en', 1, 'Supplement to dossier {dossierCode} received', 'Dear {applicant},

{centerName} has received the documents you added to your dossier "{procedure}" (code {dossierCode}). Result expected {appointment}.

Track: {trackingLink}

{centerName}
Hotline: {hotline}'),
('SUPPLEMENT_RECEIVED', 'SMS', 'en', 1, null, 'Supplement to dossier {dossierCode} received. Result expected {appointment}.'),
('SUPPLEMENT_RECEIVED', 'IN_APP', 'en', 1, 'Supplement to dossier {dossierCode} received', 'Result expected {appointment}.'),
('EXTENDED', 'EMAIL', 'en', 1, 'Our apologies: a new date for dossier {dossierCode}', 'Dear {applicant},

Your dossier "{procedure}" (code {dossierCode}), due on {appointment}, could not be completed in time.
Reason: {reason}

{centerName} sincerely apologises; your result is now expected on {newDate}.

Track: {trackingLink}
Hotline: {hotline}'),
('EXTENDED', 'SMS', 'en', 1, null, 'We apologise: dossier {dossierCode} now expected {newDate}. Reason: {reason}'),
('EXTENDED', 'IN_APP', 'en', 1, 'New date for dossier {dossierCode}', 'We apologise: the new date is {newDate}. Reason: {reason}'),
('REFUSED', 'EMAIL', 'en', 1, 'Dossier {dossierCode} not accepted', 'Dear {applicant},

Your dossier "{procedure}" was not accepted.
Reason: {reason}

For any question please contact {centerName}, {centerAddress}, hotline {hotline}.'),
('REFUSED', 'SMS', 'en', 1, null, 'Dossier {dossierCode} not accepted. Reason: {reason}'),
('REFUSED', 'IN_APP', 'en', 1, 'Dossier {dossierCode} not accepted', 'Reason: {reason}'),
('RESOLVED', 'EMAIL', 'en', 1, 'Dossier {dossierCode} {outcome}', 'Dear {applicant},

Your dossier "{procedure}" (code {dossierCode}) {outcome}.
{collect}

Track: {trackingLink}

{centerName}
{centerAddress}
Hotline: {hotline}'),
('RESOLVED', 'SMS', 'en', 1, null, 'Dossier {dossierCode} {outcome}. {collect}'),
('RESOLVED', 'IN_APP', 'en', 1, 'Dossier {dossierCode} {outcome}', '{collect}'),
('RETURNED', 'EMAIL', 'en', 1, 'Result of dossier {dossierCode} handed over', 'Dear {applicant},

The result of your dossier "{procedure}" (code {dossierCode}) has been handed over. {collect}

Thank you for using the services of {centerName}.'),
('RETURNED', 'SMS', 'en', 1, null, 'Result of dossier {dossierCode} handed over. {collect}'),
('RETURNED', 'IN_APP', 'en', 1, 'Result of dossier {dossierCode} handed over', '{collect}'),
('STOPPED', 'EMAIL', 'en', 1, 'Processing of dossier {dossierCode} stopped', 'Dear {applicant},

Processing of your dossier "{procedure}" (code {dossierCode}) has stopped.
Reason: {reason}

For any question please call the hotline {hotline}.'),
('STOPPED', 'SMS', 'en', 1, null, 'Processing of dossier {dossierCode} stopped. Reason: {reason}'),
('STOPPED', 'IN_APP', 'en', 1, 'Processing of dossier {dossierCode} stopped', 'Reason: {reason}');
