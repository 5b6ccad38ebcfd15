-- The center manager's morning digest (ManagerDigest): yesterday's received and resolved dossiers of their
-- centers, and what is overdue or due soon this morning, by e-mail and in the workspace.
insert into notification.template (trigger, channel, language, version, subject, body) values
('MANAGER_DIGEST', 'EMAIL', 'vi', 1, 'Tình hình hồ sơ ngày {day}: {overdue} quá hạn, {dueSoon} sắp đến hạn', 'Kính gửi {officer},

Tình hình hồ sơ của {centerName} ngày {day}:
- Tiếp nhận: {received} hồ sơ
- Giải quyết: {resolved} hồ sơ (trễ hạn: {resolvedLate})

Sáng nay:
- Quá hạn, chưa giải quyết: {overdue} hồ sơ — {overdueLink}
- Sắp đến hạn: {dueSoon} hồ sơ — {dueSoonLink}'),
('MANAGER_DIGEST', 'IN_APP', 'vi', 1, 'Tình hình hồ sơ ngày {day}', 'Ngày {day}: tiếp nhận {received}, giải quyết {resolved} (trễ hạn {resolvedLate}). Sáng nay: {overdue} hồ sơ quá hạn, {dueSoon} hồ sơ sắp đến hạn.'),
('MANAGER_DIGEST', 'EMAIL', 'en', 1, 'Dossiers on {day}: {overdue} overdue, {dueSoon} due soon', 'Dear {officer},

Dossiers of {centerName} on {day}:
- Received: {received}
- Resolved: {resolved} (late: {resolvedLate})

This morning:
- Overdue, not yet resolved: {overdue} — {overdueLink}
- Due soon: {dueSoon} — {dueSoonLink}'),
('MANAGER_DIGEST', 'IN_APP', 'en', 1, 'Dossiers on {day}', '{day}: {received} received, {resolved} resolved ({resolvedLate} late). This morning: {overdue} overdue, {dueSoon} due soon.');
